package com.zivah.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A buyer's journey through the public API, on the whole running system. */
@ExtendWith(LocalStack.class)
class ApiJourneyTest {

    @Test
    void catalogIsServedThroughTheGatewayWithARequestId() {
        given().baseUri(LocalStack.GATEWAY).header("X-Request-Id", "e2e-catalog-1")
                .when().get("/api/catalog/categories")
                .then().statusCode(200)
                .header("X-Request-Id", "e2e-catalog-1")
                .body("size()", greaterThanOrEqualTo(6));
        given().baseUri(LocalStack.GATEWAY)
                .when().get("/api/catalog/products?size=50")
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(30))
                .body("items.priceOnRequest", hasItem(true))
                .body("items[0].name.es", notNullValue())
                .body("items[0].name.en", notNullValue());
    }

    @Test
    void rfqSubmittedThroughTheGatewayReachesTheBuyersInbox() {
        Map<String, Object> product = firstProduct();
        String email = "buyer-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> rfq = Map.of(
                "customer", Map.of("name", "Ana Pérez", "email", email, "company", "Importaciones Pérez SL",
                        "country", "ES", "phone", "+34 600 123 456"),
                "locale", "es",
                "message", "Entrega CIF Valencia",
                "items", List.of(Map.of("productId", product.get("id"), "quantity", 500)));

        // quote-service learns the catalog from Kafka events; on a fresh stack that may take a moment
        String requestId = "e2e-rfq-" + UUID.randomUUID();
        String[] number = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = given().baseUri(LocalStack.GATEWAY).header("X-Request-Id", requestId)
                    .contentType(ContentType.JSON).body(rfq).post("/api/quotes");
            if (response.statusCode() == 201) {
                number[0] = response.jsonPath().getString("quoteNumber");
                return true;
            }
            return false;
        });
        assertTrue(number[0].matches("ZQ-\\d{4}-\\d{6,}"), number[0]);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().baseUri(LocalStack.MAIL_API).get("/api/user/" + email + "/messages/INBOX")
                        .then().extract().asString().contains(number[0]));
        String inbox = given().baseUri(LocalStack.MAIL_API).get("/api/user/" + email + "/messages/INBOX").asString();
        assertTrue(inbox.contains("ZIVAH"), "the confirmation is branded");
        List<Object> messages = given().baseUri(LocalStack.MAIL_API).get("/api/user/" + email + "/messages/INBOX")
                .jsonPath().getList("$");
        assertEquals(1, messages.size(), "exactly one confirmation mail");

        // one request id on every hop: gateway → quote-service (its log) → outbox → Kafka → notification-service (its log)
        String inMdc = "\"requestId\":\"" + requestId + "\"";
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() ->
                logLines("quote-service").anyMatch(l -> l.contains(inMdc) && l.contains(number[0]))
                        && logLines("notification-service").anyMatch(l -> l.contains(inMdc) && l.contains(number[0])));
    }

    private static java.util.stream.Stream<String> logLines(String component) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(LocalStack.home().resolve("logs").resolve(component + ".log")).stream();
    }

    @Test
    void badRfqIsAProblemNamingTheFieldsAndNeverA500() {
        given().baseUri(LocalStack.GATEWAY).contentType(ContentType.JSON)
                .body("{\"customer\":{\"name\":\"Ana\",\"email\":\"not-an-email\"},\"items\":[]}")
                .when().post("/api/quotes")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("customer.email"))
                .body("errors.field", hasItem("items"));
        given().baseUri(LocalStack.GATEWAY).contentType(ContentType.JSON)
                .body("{\"customer\": ")
                .when().post("/api/quotes")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().baseUri(LocalStack.GATEWAY)
                .when().get("/api/quotes")
                .then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstProduct() {
        List<Map<String, Object>> items = given().baseUri(LocalStack.GATEWAY)
                .get("/api/catalog/products?size=5").then().statusCode(200)
                .body("items[0].id", notNullValue())
                .body("items[0].sku", matchesPattern(".+"))
                .extract().jsonPath().getList("items");
        return items.get(0);
    }
}
