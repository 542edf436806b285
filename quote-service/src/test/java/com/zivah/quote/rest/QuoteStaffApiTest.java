package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.pricedProduct;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The staff list's filters, sorting and paging, and the statistics. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteStaffApiTest {

    static String submit(long product, String name, String email, String country, String message, int quantity) {
        return given().contentType("application/json")
                .body("{\"customer\":{\"name\":\"" + name + "\",\"email\":\"" + email + "\""
                        + (country == null ? "" : ",\"country\":\"" + country + "\"") + ",\"company\":\"Acme " + name
                        + "\"},\"message\":\"" + message + "\",\"items\":[{\"productId\":" + product + ",\"quantity\":"
                        + quantity + "}]}")
                .when().post("/api/quotes")
                .then().statusCode(201).extract().path("quoteNumber");
    }

    static void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    static List<String> numbers(String query) {
        return given().urlEncodingEnabled(false).when().get("/api/quotes?size=100&" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.quoteNumber", String.class);
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void theListFiltersByStatusEmailCountryDaysAndText() {
        long p = pricedProduct("ZV-STAFF-" + System.nanoTime(), "2.00", null);
        String tag = Long.toString(System.nanoTime(), 36);
        String email = "Staff." + tag + "@Example.com";
        String a = submit(p, "Alba", email, "FR", "Necesito 50%_off " + tag, 10);
        String b = submit(p, "Bruno", email, "ES", "Necesito 50xyoff " + tag, 20);
        String c = submit(p, "Carla " + tag, email, null, "Nada", 30);
        sql("update quote set created_at = cast(?1 as timestamptz), status = 'CLOSED' where quote_number = ?2", "2020-01-10T23:59:59.999999Z", a);
        sql("update quote set created_at = cast(?1 as timestamptz) where quote_number = ?2", "2020-01-11T00:00:00Z", b);
        sql("update quote set created_at = cast(?1 as timestamptz) where quote_number = ?2", "2020-01-12T12:00:00Z", c);
        String mail = "email=staff." + tag + "@example.COM";

        assertEquals(List.of(c, b, a), numbers(mail), "exact e-mail, case-insensitive; newest first by default");
        assertEquals(List.of(), numbers("email=staff." + tag + "@example"), "not a substring match");
        assertEquals(List.of(a), numbers(mail + "&status=closed"));
        assertEquals(List.of(c, b), numbers(mail + "&status=PENDING"));
        assertEquals(List.of(b), numbers(mail + "&country=ES"));
        assertEquals(List.of(a), numbers(mail + "&country=fr"));
        assertEquals(List.of(b), numbers(mail + "&from=2020-01-11&to=2020-01-11"), "a whole UTC day, inclusive");
        assertEquals(List.of(b, a), numbers(mail + "&to=2020-01-11"));
        assertEquals(List.of(c, b), numbers(mail + "&from=2020-01-11"));
        assertEquals(List.of(b, a), numbers(mail + "&from=2020-01-10T23:59:59.999999Z&to=2020-01-11T00:00:00Z"),
                "instants are inclusive at both ends");
        assertEquals(List.of(a), numbers("q=50%25_off%20" + tag), "LIKE wildcards in the text are literal");
        assertEquals(List.of(c, b, a), numbers("q=" + tag.toUpperCase()), "text in the message, case-insensitive");
        assertEquals(List.of(c), numbers("q=carla%20" + tag), "text in the customer's name");
        assertEquals(List.of(b), numbers("q=acme%20bruno&" + mail), "text in the company");
        assertEquals(List.of(a), numbers("q=" + a), "text in the quote number");
        assertEquals(List.of(c, b, a), numbers("q=staff." + tag), "text in the e-mail");
        assertEquals(List.of(a, b, c), numbers(mail + "&sort=createdAt"));
        assertEquals(List.of(a, b, c), numbers(mail + "&sort=quoteNumber"));
        assertEquals(List.of(c, b, a), numbers(mail + "&sort=-quoteNumber"));
        assertEquals(List.of(a, c, b), numbers(mail + "&sort=status"), "CLOSED before PENDING, then newest first");
        given().urlEncodingEnabled(false).when().get("/api/quotes?" + mail + "&size=2&page=1&sort=quoteNumber").then().statusCode(200)
                .body("items.quoteNumber", contains(c))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items[0].country", equalTo(null))
                .body("items[0].company", equalTo("Acme Carla " + tag));
    }

    @ParameterizedTest
    @CsvSource({"sort=price,sort", "sort=createdAt%3Bdrop,sort", "status=LOST,status", "country=Spain,country",
            "country=XX,country", "from=yesterday,from", "to=2020-13-01,to", "from=2020-01-02&to=2020-01-01,to",
            "size=0,size", "page=-1,page", "q=%00,q"})
    @TestSecurity(user = "vera", roles = "VIEWER")
    void badListParametersAreA400NamingTheParameter(String query, String field) {
        given().urlEncodingEnabled(false).when().get("/api/quotes?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void aTooLongTextIsA400() {
        given().when().get("/api/quotes?q=" + "x".repeat(256))
                .then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void statisticsCountByStatusPerDayTopProductsAndFirstResponse() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath before = given().when().get("/api/quotes/statistics").then().statusCode(200).extract().jsonPath();

        // more quotes of one product than any other test of this JVM made for one (the relay drill makes ~2,000)
        List<Integer> topBefore = before.getList("topProducts.quotes", Integer.class);
        int bulk = Math.max(400, topBefore.isEmpty() ? 0 : topBefore.get(0) + 1);
        long top = pricedProduct("ZV-TOP-" + System.nanoTime(), "1.00", null);
        String x = submit(top, "Stat", "stat@example.com", "DE", "uno", 7);
        String y = submit(top, "Stat", "stat@example.com", "DE", "dos", 8);
        // a quote three days ago, one outside the 30 days, and many of one product long ago (the top product)
        String threeDaysAgo = today.minusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC).toString();
        String old = submit(top, "Stat", "stat@example.com", "DE", "tres", 9);
        sql("update quote set created_at = cast(?1 as timestamptz), updated_at = cast(?1 as timestamptz) where quote_number = ?2",
                threeDaysAgo, old);
        String outside = submit(top, "Stat", "stat@example.com", "DE", "cuatro", 10);
        sql("update quote set created_at = now() - interval '40 days' where quote_number = ?1", outside);
        String tag = Long.toString(System.nanoTime() % 100_000_000L, 36);
        sql("""
                insert into quote (quote_number, customer_name, customer_email, locale, status, created_at, updated_at)
                select 'ZT-' || ?1 || '-' || g, 'Bulk', 'bulk@example.com', 'es', 'PROCESSING',
                       now() - interval '60 days', now() - interval '60 days'
                from generate_series(1, ?2) g
                """, tag, bulk);
        sql("""
                insert into quote_item (quote_id, product_id, sku, product_name, quantity, price_on_request)
                select id, ?1, 'ZV-TOP', 'Top', 3, true from quote where quote_number like 'ZT-' || ?2 || '-%'
                """, top, tag);
        // staff first responded to x after 1 h and to y after 3 h
        sql("update quote set first_response_at = created_at + interval '1 hour' where quote_number = ?1", x);
        sql("update quote set first_response_at = created_at + interval '3 hours' where quote_number = ?1", y);

        JsonPath after = given().when().get("/api/quotes/statistics").then().statusCode(200)
                .body("perDay.size()", equalTo(30))
                .body("perDay[29].date", equalTo(today.toString()))
                .body("perDay[0].date", equalTo(today.minusDays(29).toString()))
                .body("topProducts.size()", lessThanOrEqualTo(10))
                .body("topProducts[0].productId.toLong()", equalTo(top))
                .body("topProducts[0].quotes", equalTo(bulk + 4))
                .body("topProducts[0].totalQuantity", equalTo(bulk * 3 + 7 + 8 + 9 + 10))
                .body("topProducts[0].productName", containsString("ZV-TOP-"))
                .extract().jsonPath();

        Map<String, Integer> statusBefore = before.getMap("byStatus");
        Map<String, Integer> statusAfter = after.getMap("byStatus");
        assertEquals(Map.of("PENDING", 0, "PROCESSING", 0, "SENT", 0, "CLOSED", 0, "CANCELLED", 0).keySet(), statusAfter.keySet(),
                "every status, zero included");
        assertEquals(statusBefore.get("PENDING") + 4, statusAfter.get("PENDING"));
        assertEquals(statusBefore.get("PROCESSING") + bulk, statusAfter.get("PROCESSING"));
        assertEquals(before.getLong("totalQuotes") + bulk + 4, after.getLong("totalQuotes"));
        assertEquals(day(before, 29) + 2, day(after, 29), "x and y today");
        assertEquals(day(before, 26) + 1, day(after, 26), "one three days ago");
        long sum = 0;
        for (int i = 0; i < 30; i++) {
            sum += day(after, i);
        }
        long beforeSum = 0;
        for (int i = 0; i < 30; i++) {
            beforeSum += day(before, i);
        }
        assertEquals(beforeSum + 3, sum, "the quotes 40 and 60 days ago are outside");

        long respondedBefore = before.getLong("respondedQuotes");
        Double averageBefore = before.get("averageFirstResponseSeconds") == null ? null
                : before.getDouble("averageFirstResponseSeconds");
        assertEquals(respondedBefore + 2, after.getLong("respondedQuotes"));
        double expected = ((averageBefore == null ? 0 : averageBefore * respondedBefore) + 3600 + 3 * 3600)
                / (respondedBefore + 2);
        assertNotNull(after.get("averageFirstResponseSeconds"));
        assertEquals(expected, after.getDouble("averageFirstResponseSeconds"), 0.5);
        List<Integer> quotes = after.getList("topProducts.quotes", Integer.class);
        for (int i = 1; i < quotes.size(); i++) {
            assertTrue(quotes.get(i - 1) >= quotes.get(i), "most quoted first: " + quotes);
        }
    }

    static long day(JsonPath stats, int index) {
        return stats.getLong("perDay[" + index + "].quotes");
    }

    @Test
    void anonymousCallersGet401OnEveryStaffEndpoint() {
        for (String path : new String[] {"/api/quotes", "/api/quotes/statistics", "/api/quotes/ZQ-2026-000001"}) {
            given().when().get(path).then().statusCode(401);
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "BUYER")
    void aUserWithoutAStaffRoleGets403OnEveryStaffEndpoint() {
        for (String path : new String[] {"/api/quotes", "/api/quotes/statistics", "/api/quotes/ZQ-2026-000001"}) {
            given().when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void anAdminReadsTheStatisticsToo() {
        given().when().get("/api/quotes/statistics").then().statusCode(200).body("perDay.size()", equalTo(30));
    }
}
