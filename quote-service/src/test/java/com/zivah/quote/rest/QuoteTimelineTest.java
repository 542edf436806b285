package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteStaffFixtures.itemIds;
import static com.zivah.quote.rest.QuoteStaffFixtures.price;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricing;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static com.zivah.quote.rest.QuoteStaffFixtures.today;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/quotes/{number}/timeline: everything that happened, oldest first, with who and old → new. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteTimelineTest {

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void theTimelineRecordsEveryStepWithItsActorAndChanges() {
        String number = rfq("Ana", "es", 3);
        int v = price(number, pricing(0, "null", today().plusDays(5), itemIds(number), "1.00")).getInt("version");
        v = price(number, pricing(v, "10", today().plusDays(5), itemIds(number), "1.50")).getInt("version");
        given().contentType("application/json").body("{\"version\":" + v + "}")
                .when().post("/api/quotes/" + number + "/send").then().statusCode(200);

        JsonPath timeline = given().when().get("/api/quotes/" + number + "/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("SUBMITTED", "PRICED", "NOTE_CHANGED", "STATUS_CHANGED", "PRICED", "SENT"),
                timeline.getList("kind"));
        assertEquals(List.of("buyer", "maria", "maria", "maria", "maria", "maria"), timeline.getList("actor"));
        assertEquals("PENDING", timeline.getString("[3].details.from"));
        assertEquals("PROCESSING", timeline.getString("[3].details.to"));
        assertEquals(1.0f, timeline.getFloat("[4].details.items[0].old"));
        assertEquals(1.5f, timeline.getFloat("[4].details.items[0].new"));
        assertEquals("10.00", timeline.getString("[4].details.discountPercent.new"));
        assertEquals(1, timeline.getInt("[5].details.version"));
        assertTrue(timeline.getString("[5].summary").contains("4.05 EUR"), timeline.getString("[5].summary"));
        List<String> at = timeline.getList("at");
        for (int i = 1; i < at.size(); i++) {
            assertTrue(!Instant.parse(at.get(i)).isBefore(Instant.parse(at.get(i - 1))), "oldest first");
        }
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void anUnknownQuoteHasNoTimeline() {
        given().when().get("/api/quotes/ZQ-2020-999999/timeline").then().statusCode(404);
    }
}
