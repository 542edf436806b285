package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteStaffFixtures.itemIds;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricing;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static com.zivah.quote.rest.QuoteStaffFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every staff write of quote-service is in GET /api/quotes/activity: who, what, old → new, from where. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteActivityTest {

    static JsonPath activity(String query) {
        return given().urlEncodingEnabled(false).when().get("/api/quotes/activity?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void pricingTransitionsAndSendingAreRecordedWithOldAndNewValues() {
        String number = rfq("Ana", "es", 3);
        given().contentType("application/json").header("User-Agent", "AdminTest/1.0")
                .body(pricing(0, "null", today().plusDays(3), itemIds(number), "2.00"))
                .when().put("/api/quotes/" + number + "/pricing").then().statusCode(200);
        given().contentType("application/json").body("{\"version\":1}")
                .when().post("/api/quotes/" + number + "/send").then().statusCode(200);
        given().contentType("application/json").body("{\"action\":\"CLOSE\",\"version\":2}")
                .when().post("/api/quotes/" + number + "/transitions").then().statusCode(200);

        JsonPath log = activity("entityType=quote&entityId=" + number);
        assertEquals(List.of("quote.status-changed", "quote.sent", "quote.priced"), log.getList("items.action"),
                "newest first");
        assertEquals(List.of("maria", "maria", "maria"), log.getList("items.actor"));
        assertEquals("PENDING", log.getString("items[2].oldValue.status"));
        assertEquals("PROCESSING", log.getString("items[2].newValue.status"));
        assertEquals(6.0f, log.getFloat("items[2].newValue.total"));
        assertEquals("AdminTest/1.0", log.getString("items[2].userAgent"));
        assertEquals(1, log.getInt("items[1].newValue.version"));
        assertEquals("SENT", log.getString("items[0].oldValue.status"));
        assertEquals("CLOSED", log.getString("items[0].newValue.status"));
        assertEquals("CLOSE", log.getString("items[0].newValue.action"));
        assertEquals(List.of("MANAGER"), log.getList("items[0].actorRoles"));

        assertEquals(List.of("quote.sent"), activity("entityId=" + number + "&action=quote.sent").getList("items.action"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void aRefusedWriteIsNotRecorded() {
        String number = rfq("Ana", "es", 3);
        given().contentType("application/json").body("{\"action\":\"CLOSE\",\"version\":0}")
                .when().post("/api/quotes/" + number + "/transitions").then().statusCode(409);
        assertEquals(0, activity("entityId=" + number).getInt("totalItems"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "MANAGER")
    void handlingAContactMessageIsRecordedOnce() {
        String reference = ContactMessageResourceTest.send("Activity " + System.nanoTime());
        given().when().post("/api/contact-messages/" + reference + "/handled").then().statusCode(200);
        given().when().post("/api/contact-messages/" + reference + "/handled").then().statusCode(200);
        JsonPath log = activity("entityType=contact-message&entityId=" + reference);
        assertEquals(List.of("contact-message.handled"), log.getList("items.action"), "the second mark changed nothing");
        assertEquals("maria", log.getString("items[0].newValue.handledBy"));
    }

    @Test
    @TestSecurity(user = "vera", roles = "VIEWER")
    void anUnknownEntityTypeIsA400() {
        given().when().get("/api/quotes/activity?entityType=product").then().statusCode(400)
                .body("errors.field", hasItem("entityType"));
    }
}
