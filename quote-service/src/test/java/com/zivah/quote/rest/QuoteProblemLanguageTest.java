package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteStaffFixtures.itemIds;
import static com.zivah.quote.rest.QuoteStaffFixtures.price;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricing;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static com.zivah.quote.rest.QuoteStaffFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.zivah.testsupport.ProblemLanguage.messages;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** errors[].message in the request's Accept-Language (Spanish or English; English without one), named by Content-Language. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteProblemLanguageTest {

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aBeanValidationMessageFollowsAcceptLanguage() {
        String number = rfq("Ana", "es", 3);
        String body = "{\"version\":0,\"discountPercent\":100.01}";
        assertEquals(Map.of("discountPercent", "debe estar entre 0 y 100"),
                messages(putPricing(given().header("Accept-Language", "es-ES,es;q=0.9"), number, body), "es"));
        assertEquals(Map.of("discountPercent", "must be between 0 and 100"),
                messages(putPricing(given(), number, body), "en"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aDomainMessageFollowsAcceptLanguage() {
        String number = rfq("Ana", "es", 3);
        String body = pricing(0, "null", today().minusDays(1), itemIds(number), "1.00");
        assertEquals(Map.of("validUntil", "no puede estar en el pasado"),
                messages(putPricing(given().header("Accept-Language", "es"), number, body), "es"));
        assertEquals(Map.of("validUntil", "must not be in the past"), messages(putPricing(given(), number, body), "en"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void anAnnotationAttributeFillsThePlaceholderInBothLanguages() {
        String number = rfq("Ana", "es", 3);
        String body = pricing(0, "null", null, itemIds(number), "1.00")
                .replace("CIF Valencia. Pago 30 días.", "x".repeat(2001));
        assertEquals(Map.of("terms", "debe tener como máximo 2000 caracteres"),
                messages(putPricing(given().header("Accept-Language", "es"), number, body), "es"));
        assertEquals(Map.of("terms", "must be at most 2000 characters"), messages(putPricing(given(), number, body), "en"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void anUnpricedLineOnSendIsExplainedInSpanish() {
        String number = rfq("Ana", "es", 3, 4);
        int version = price(number, pricing(0, "null", today().plusDays(5), itemIds(number), "1.00", "null"))
                .getInt("version");
        Response es = given().header("Accept-Language", "es").contentType("application/json")
                .body("{\"version\":" + version + "}").when().post("/api/quotes/" + number + "/send");
        assertEquals(Map.of("items[1].unitPrice", "no tiene precio todavía"), messages(es, "es"));
        Response en = given().header("Accept-Language", "en").contentType("application/json")
                .body("{\"version\":" + version + "}").when().post("/api/quotes/" + number + "/send");
        assertEquals(Map.of("items[1].unitPrice", "is not priced yet"), messages(en, "en"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aConflictNamesItsFieldInSpanishAndKeepsAnEnglishDetail() {
        String number = rfq("Ana", "es", 3);
        putPricing(given().header("Accept-Language", "es"), number, "{\"version\":7}").then().statusCode(409)
                .contentType("application/problem+json").header("Content-Language", "es")
                .body("detail", containsString("was changed meanwhile"))
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].message", equalTo("debe ser la versión actual"));
        given().header("Accept-Language", "es").contentType("application/json")
                .body("{\"action\":\"REOPEN\",\"version\":0}").when().post("/api/quotes/" + number + "/transitions")
                .then().statusCode(409).header("Content-Language", "es")
                .body("detail", containsString("is not allowed for a PENDING quote"))
                .body("errors[0].field", equalTo("action"))
                .body("errors[0].message", equalTo("REOPEN no está permitido en una cotización en estado PENDING"
                        + " (permitidas: START_PROCESSING, CANCEL)"));
        given().contentType("application/json")
                .body("{\"action\":\"REOPEN\",\"version\":0}").when().post("/api/quotes/" + number + "/transitions")
                .then().statusCode(409).header("Content-Language", "en")
                .body("errors[0].message", equalTo("REOPEN is not allowed for a PENDING quote"
                        + " (allowed: START_PROCESSING, CANCEL)"));
    }

    @ParameterizedTest
    @FieldSource("com.zivah.testsupport.ProblemLanguage#HOSTILE")
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aHostileOrUnknownAcceptLanguageFallsBackToEnglish(String header) {
        String number = rfq("Ana", "es", 3);
        Response response = putPricing(given().header("Accept-Language", header), number,
                "{\"version\":0,\"discountPercent\":100.01}");
        assertEquals(Map.of("discountPercent", "must be between 0 and 100"), messages(response, "en"));
    }

    private static Response putPricing(RequestSpecification request, String number, String body) {
        return request.contentType("application/json").body(body).when().put("/api/quotes/" + number + "/pricing");
    }
}
