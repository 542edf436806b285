package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.pricedProduct;
import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Quotes for the staff write tests: submitted through the public API, read and written through the staff API. */
public final class QuoteStaffFixtures {

    private QuoteStaffFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A new RFQ with lines of the given quantities (products on request), by a buyer named {@code name}. */
    public static String rfq(String name, String locale, int... quantities) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < quantities.length; i++) {
            long product = pricedProduct("ZV-ST-" + System.nanoTime() + "-" + i, null, null);
            items.append(i == 0 ? "" : ",").append("{\"productId\":").append(product).append(",\"quantity\":")
                    .append(quantities[i]).append(",\"note\":\"nota ").append(i).append("\"}");
        }
        return given().contentType("application/json")
                .body("{\"customer\":{\"name\":" + json(name) + ",\"email\":\"buyer" + System.nanoTime()
                        + "@example.com\",\"company\":\"Acme & Co\"},\"locale\":\"" + locale + "\",\"items\":["
                        + items + "]}")
                .when().post("/api/quotes")
                .then().statusCode(201).extract().path("quoteNumber");
    }

    public static JsonPath detail(String number) {
        return given().when().get("/api/quotes/" + number).then().statusCode(200).extract().jsonPath();
    }

    public static List<Long> itemIds(String number) {
        return detail(number).getList("items.id", Long.class);
    }

    /** A pricing body at {@code version}: one unit price per item id (null: unpriced). */
    public static String pricing(int version, String discount, LocalDate validUntil, List<Long> ids, String... prices) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":").append(ids.get(i)).append(",\"unitPrice\":")
                    .append(prices[i]).append('}');
        }
        return "{\"version\":" + version + ",\"currency\":\"EUR\",\"validUntil\":"
                + (validUntil == null ? "null" : "\"" + validUntil + "\"") + ",\"terms\":\"CIF Valencia. Pago 30 días.\""
                + ",\"adminNotes\":\"interno\",\"discountPercent\":" + discount + ",\"items\":[" + items + "]}";
    }

    public static JsonPath price(String number, String body) {
        return given().contentType("application/json").body(body).when().put("/api/quotes/" + number + "/pricing")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Priced (every line), valid until today + 30 days, sent: the detail after the send. */
    public static JsonPath pricedAndSent(String number, String... prices) {
        JsonPath priced = price(number, pricing(detail(number).getInt("version"), "null", today().plusDays(30),
                itemIds(number), prices));
        return given().contentType("application/json").body("{\"version\":" + priced.getInt("version") + "}")
                .when().post("/api/quotes/" + number + "/send")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A JSON amount (read by JsonPath as a float or double) equals {@code expected} in value. */
    public static void assertAmount(String expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertNotNull(actual, "amount " + expected);
        org.junit.jupiter.api.Assertions.assertEquals(0,
                new java.math.BigDecimal(expected).compareTo(new java.math.BigDecimal(actual.toString())),
                "expected " + expected + " but was " + actual);
    }

    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
