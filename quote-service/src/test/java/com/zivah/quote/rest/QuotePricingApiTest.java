package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteStaffFixtures.assertAmount;
import static com.zivah.quote.rest.QuoteStaffFixtures.detail;
import static com.zivah.quote.rest.QuoteStaffFixtures.itemIds;
import static com.zivah.quote.rest.QuoteStaffFixtures.price;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricing;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static com.zivah.quote.rest.QuoteStaffFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PUT /api/quotes/{number}/pricing: exact totals, the first response, 400 per field, 409 on a stale version. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuotePricingApiTest {

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void pricingAPendingQuoteMakesItProcessingWithExactTotals() {
        String number = rfq("Ana", "es", 3, 7);
        JsonPath before = detail(number);
        assertEquals("PENDING", before.getString("status"));
        assertEquals(0, before.getInt("version"));
        assertEquals("EUR", before.getString("currency"));
        assertNull(before.get("total"));
        assertNull(before.get("firstResponseAt"));
        assertEquals(List.of("START_PROCESSING", "CANCEL"), before.getList("allowedActions"));

        JsonPath after = price(number, pricing(0, "12.5", today().plusDays(30), itemIds(number), "0.10", "33.33"));
        assertEquals("PROCESSING", after.getString("status"));
        assertEquals(1, after.getInt("version"));
        assertAmount("0.30", after.get("items[0].lineTotal"));
        assertAmount("233.31", after.get("items[1].lineTotal"));
        assertAmount("33.33", after.get("items[1].quotedUnitPrice"));
        assertAmount("233.61", after.get("subtotal"));
        // 233.61 × 12.5 % = 29.20125 → 29.20
        assertAmount("29.20", after.get("discountAmount"));
        assertAmount("204.41", after.get("total"));
        assertAmount("204.41", after.get("totalAmount"));
        assertEquals("CIF Valencia. Pago 30 días.", after.getString("terms"));
        assertEquals("interno", after.getString("adminNotes"));
        assertEquals(today().plusDays(30).toString(), after.getString("validUntil"));
        assertNotNull(after.getString("firstResponseAt"));
        assertEquals(List.of("SEND", "CANCEL"), after.getList("allowedActions"));
        assertEquals(after.getMap(""), detail(number).getMap(""), "the answer is the stored state");
        String raw = given().when().get("/api/quotes/" + number).then().extract().asString();
        assertTrue(raw.contains("\"lineTotal\":0.30") && raw.contains("\"total\":204.41")
                && raw.contains("\"discountAmount\":29.20"), "exact amounts at scale 2: " + raw);
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void anUnpricedLineLeavesTheTotalsOpenAndBlocksSending() {
        String number = rfq("Ana", "es", 3, 7);
        JsonPath after = price(number, pricing(0, "null", today(), itemIds(number), "1.00", "null"));
        assertNull(after.get("total"));
        assertNull(after.get("subtotal"));
        assertNull(after.get("items[1].lineTotal"));
        assertEquals(List.of("CANCEL"), after.getList("allowedActions"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aStaleVersionIsA409AndChangesNothing() {
        String number = rfq("Ana", "es", 3);
        List<Long> ids = itemIds(number);
        price(number, pricing(0, "null", null, ids, "1.00"));
        given().contentType("application/json").body(pricing(0, "null", null, ids, "2.00"))
                .when().put("/api/quotes/" + number + "/pricing")
                .then().statusCode(409).contentType("application/problem+json").body("errors.field", hasItem("version"));
        assertAmount("3.00", detail(number).get("total"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"discountPercent\":100.01|discountPercent",
            "\"discountPercent\":-1|discountPercent",
            "\"discountPercent\":5.555|discountPercent",
            "\"currency\":\"eur\"|currency",
            "\"currency\":\"XYZ\"|currency",
            "\"validUntil\":\"2020-01-01\"|validUntil",
            "\"validUntil\":\"tomorrow\"|validUntil",
            "\"terms\":\"TOO_LONG_TERMS\"|terms",
            "\"version\":null|version",
            "\"items\":[{\"id\":ID0,\"unitPrice\":1},{\"id\":ID0,\"unitPrice\":-0.01}]|items[1].unitPrice",
            "\"items\":[{\"id\":ID0,\"unitPrice\":1.001}]|items[0].unitPrice",
            "\"items\":[{\"id\":ID0,\"unitPrice\":\"abc\"}]|items[0].unitPrice",
            "\"items\":[{\"id\":1,\"unitPrice\":1}]|items[0].id",
            "\"items\":[{\"id\":ID0,\"unitPrice\":1},{\"id\":ID0,\"unitPrice\":1}]|items[1].id",
    })
    @TestSecurity(user = "maria", roles = "MANAGER")
    void badFieldsAreA400NamingTheField(String field, String name) {
        String number = rfq("Ana", "es", 3);
        String body = "{\"version\":0," + field.replace("ID0", itemIds(number).get(0).toString())
                .replace("TOO_LONG_TERMS", "x".repeat(2001)) + "}";
        given().contentType("application/json").body(body.replace("{\"version\":0,\"version\":null}", "{\"version\":null}"))
                .when().put("/api/quotes/" + number + "/pricing")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(name));
        assertEquals("PENDING", detail(number).getString("status"), "nothing changed");
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aSentQuoteIsNotRepricedUntilReopened() {
        String number = rfq("Ana", "es", 3);
        JsonPath sent = QuoteStaffFixtures.pricedAndSent(number, "1.00");
        given().contentType("application/json")
                .body(pricing(sent.getInt("version"), "null", today(), itemIds(number), "2.00"))
                .when().put("/api/quotes/" + number + "/pricing")
                .then().statusCode(409).body("errors.field", contains("status"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void anUnknownQuoteIsA404() {
        given().contentType("application/json").body("{\"version\":0}")
                .when().put("/api/quotes/ZQ-2020-999999/pricing").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void statisticsCountFirstResponsesAndSentQuotes() {
        JsonPath before = given().when().get("/api/quotes/statistics").then().statusCode(200).extract().jsonPath();
        QuoteStaffFixtures.pricedAndSent(rfq("Ana", "es", 3), "1.00");
        JsonPath after = given().when().get("/api/quotes/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("quotesSent") + 1, after.getLong("quotesSent"));
        assertEquals(before.getLong("versionsSent") + 1, after.getLong("versionsSent"));
        assertEquals(before.getLong("respondedQuotes") + 1, after.getLong("respondedQuotes"));
        assertNotNull(after.get("averageFirstResponseSeconds"));
        assertNotNull(after.get("byStatus.CANCELLED"));
    }
}
