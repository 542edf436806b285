package com.zivah.catalog.rest;

import static com.zivah.testsupport.ProblemLanguage.messages;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The product form's field messages in the request's Accept-Language (Spanish or English; English without one). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ProductProblemLanguageTest {

    private static Map<String, Object> badProduct() {
        Map<String, Object> body = ProductWriteTest.createBody("zw bad sku");
        body.put("specs", java.util.Collections.nCopies(31, ProductUpdateTest.spec("origin", "Origen", "Origin",
                "Bolivia", "Bolivia")));
        body.put("priceOnRequest", true);
        body.put("price", new BigDecimal("1.00"));
        return body;
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void beanValidationMessagesFollowAcceptLanguageWithTheirAttributes() {
        assertEquals(Map.of(
                        "price", "debe estar vacío si priceOnRequest es true",
                        "sku", "debe tener mayúsculas, dígitos y guiones, como ZV-CAF-001",
                        "specs", "debe tener como máximo 30 elementos"),
                messages(create(given().header("Accept-Language", "es"), badProduct()), "es"));
        assertEquals(Map.of(
                        "price", "must be empty when priceOnRequest is true",
                        "sku", "must be upper-case letters, digits and hyphens such as ZV-CAF-001",
                        "specs", "must have at most 30 entries"),
                messages(create(given(), badProduct()), "en"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void anUnknownCategoryIsExplainedInTheRequestLanguage() {
        Map<String, Object> body = ProductWriteTest.createBody("ZW-LANG-1");
        body.put("categorySlug", "no-such-category");
        assertEquals(Map.of("categorySlug", "categoría desconocida"),
                messages(create(given().header("Accept-Language", "es-ES,es;q=0.9,en;q=0.8"), body), "es"));
        assertEquals(Map.of("categorySlug", "unknown category"),
                messages(create(given().header("Accept-Language", "en-GB"), body), "en"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aTakenSkuIsAConflictNamedInSpanishWithAnEnglishDetail() {
        Map<String, Object> body = ProductWriteTest.createBody("ZW-LANG-DUP");
        create(given(), body).then().statusCode(201);
        create(given().header("Accept-Language", "es"), body).then().statusCode(409)
                .contentType("application/problem+json").header("Content-Language", "es")
                .body("detail", equalTo("SKU ZW-LANG-DUP is already used by another product"))
                .body("errors[0].field", equalTo("sku"))
                .body("errors[0].message", equalTo("el SKU ZW-LANG-DUP ya lo usa otro producto"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void aSiteSettingValueProblemFollowsAcceptLanguage() {
        assertEquals(Map.of("value", "linkedin debe ser una URL https"),
                messages(putSetting(given().header("Accept-Language", "es"), "social-links",
                        Map.of("linkedin", "http://linkedin.com/company/zivah")), "es"));
        assertEquals(Map.of("value", "linkedin must be an https URL"),
                messages(putSetting(given(), "social-links", Map.of("linkedin", "http://linkedin.com/company/zivah")),
                        "en"));
        assertEquals(Map.of("value", "debe ser un texto JSON"),
                messages(putSetting(given().header("Accept-Language", "es"), "company-name", 5), "es"));
    }

    @ParameterizedTest
    @FieldSource("com.zivah.testsupport.ProblemLanguage#HOSTILE")
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aHostileOrUnknownAcceptLanguageFallsBackToEnglish(String header) {
        Map<String, Object> body = ProductWriteTest.createBody("zw bad sku");
        assertEquals(Map.of("sku", "must be upper-case letters, digits and hyphens such as ZV-CAF-001"),
                messages(create(given().header("Accept-Language", header), body), "en"));
    }

    private static Response putSetting(RequestSpecification request, String key, Object value) {
        int version = given().when().get("/api/catalog/settings").then().statusCode(200).extract()
                .path("find { it.key == '" + key + "' }.version");
        return request.contentType(ContentType.JSON).body(Map.of("value", value, "version", version))
                .when().put("/api/catalog/settings/" + key);
    }

    private static Response create(RequestSpecification request, Map<String, Object> body) {
        return request.contentType(ContentType.JSON).body(body).when().post("/api/catalog/products");
    }
}
