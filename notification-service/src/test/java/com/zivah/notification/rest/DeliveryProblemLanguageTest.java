package com.zivah.notification.rest;

import static com.zivah.testsupport.ProblemLanguage.messages;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.notification.DeliveryStatus;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The delivery log's filter messages in the request's Accept-Language (Spanish or English; English without one). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class DeliveryProblemLanguageTest {

    private static final String PATH = "/api/notifications/deliveries";

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void aBeanValidationMessageFollowsAcceptLanguageWithItsAttributes() {
        assertEquals(Map.of("quoteNumber", "debe tener entre 1 y 40 caracteres"),
                messages(badQuoteNumber(given().header("Accept-Language", "es")).get(PATH), "es"));
        assertEquals(Map.of("quoteNumber", "must be 1 to 40 characters"),
                messages(badQuoteNumber(given()).get(PATH), "en"));
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void aProgrammaticMessageKeepsItsListInEitherLanguage() {
        Map<String, String> es = messages(given().header("Accept-Language", "es").queryParam("status", "LOST")
                .when().get(PATH), "es");
        Map<String, String> en = messages(given().queryParam("status", "LOST").when().get(PATH), "en");
        assertEquals(Map.of("status", "debe ser uno de estos: " + statuses()), es);
        assertEquals(Map.of("status", "must be one of " + statuses()), en);
    }

    @ParameterizedTest
    @FieldSource("com.zivah.testsupport.ProblemLanguage#HOSTILE")
    @TestSecurity(user = "victor", roles = "VIEWER")
    void aHostileOrUnknownAcceptLanguageFallsBackToEnglish(String header) {
        assertEquals(Map.of("quoteNumber", "must be 1 to 40 characters"),
                messages(badQuoteNumber(given().header("Accept-Language", header)).get(PATH), "en"));
    }

    private static RequestSpecification badQuoteNumber(RequestSpecification request) {
        return request.queryParam("quoteNumber", "x".repeat(41)).when();
    }

    private static String statuses() {
        return String.join(", ", Arrays.stream(DeliveryStatus.values()).map(Enum::name).toList());
    }
}
