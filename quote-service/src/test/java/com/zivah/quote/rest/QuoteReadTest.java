package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.product;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteReadTest {

    static String submit(String name, long productId, int quantity) {
        return given().contentType("application/json")
                .body("{\"customer\":{\"name\":\"" + name + "\",\"email\":\"buyer@example.com\",\"country\":\"ES\"},"
                        + "\"locale\":\"es\",\"message\":\"Hola\",\"items\":[{\"productId\":" + productId
                        + ",\"quantity\":" + quantity + "}]}")
                .when().post("/api/quotes")
                .then().statusCode(201).extract().path("quoteNumber");
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void aViewerListsQuotesNewestFirst() {
        long p = product("ZV-R-1", "Arroz", "Rice", "t", true);
        String older = submit("Primero", p, 10);
        String newer = submit("Segundo", p, 20);
        given().when().get("/api/quotes?size=2&page=0")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].quoteNumber", equalTo(newer))
                .body("items[1].quoteNumber", equalTo(older))
                .body("items[0].customerName", equalTo("Segundo"))
                .body("items[0].itemCount", equalTo(1))
                .body("items[0].status", equalTo("PENDING"))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(2));
        given().when().get("/api/quotes?status=pending&size=100")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("PENDING")))
                .body("items.quoteNumber", hasItem(newer));
        // other tests of this JVM send quotes: only this test's pending ones must not be listed as SENT
        given().when().get("/api/quotes?status=SENT&q=" + newer)
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aManagerReadsOneQuoteWithItsItems() {
        long p = product("ZV-R-2", "Azúcar moreno", "Brown sugar", "kg", true);
        String number = submit("Detalle", p, 750);
        given().when().get("/api/quotes/" + number)
                .then().statusCode(200)
                .body("quoteNumber", equalTo(number))
                .body("status", equalTo("PENDING"))
                .body("customer.name", equalTo("Detalle"))
                .body("customer.country", equalTo("ES"))
                .body("locale", equalTo("es"))
                .body("message", equalTo("Hola"))
                .body("items.size()", equalTo(1))
                .body("items[0].productId.toLong()", equalTo(p)) // JSON numbers come back as Integer when small
                .body("items[0].sku", equalTo("ZV-R-2"))
                .body("items[0].productName", equalTo("Azúcar moreno"))
                .body("items[0].unit", equalTo("kg"))
                .body("items[0].quantity", equalTo(750));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void anUnknownQuoteIsA404Problem() {
        given().when().get("/api/quotes/ZQ-1999-000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void badListParametersAreA400NamingTheParameter() {
        given().when().get("/api/quotes?status=LOST")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        given().when().get("/api/quotes?size=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    @Test
    void anonymousCallersCannotReadQuotes() {
        given().when().get("/api/quotes").then().statusCode(401);
        given().when().get("/api/quotes/ZQ-2026-000001").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "bob", roles = "BUYER")
    void otherRolesAreForbidden() {
        given().when().get("/api/quotes").then().statusCode(403).contentType("application/problem+json");
    }
}
