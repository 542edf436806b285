package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteStaffFixtures.detail;
import static com.zivah.quote.rest.QuoteStaffFixtures.pricedAndSent;
import static com.zivah.quote.rest.QuoteStaffFixtures.rfq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POST /api/quotes/{number}/transitions through the API (every allowed and forbidden pair is in QuoteRulesTest):
 * the graph is enforced here, 409 naming the action, the reason of a cancel, the version.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class QuoteStatusGraphTest {

    static ValidatableResponse transition(String number, String action, int version, String reason) {
        return given().contentType("application/json")
                .body("{\"action\":\"" + action + "\",\"version\":" + version
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}")
                .when().post("/api/quotes/" + number + "/transitions").then();
    }

    @Test
    @TestSecurity(user = "pablo", roles = "ADMIN")
    void aQuoteWalksTheGraphAndBack() {
        String number = rfq("Ana", "es", 3);
        transition(number, "START_PROCESSING", 0, null).statusCode(200).body("status", equalTo("PROCESSING"))
                .body("version", equalTo(1)).body("allowedActions", contains("CANCEL"));
        transition(number, "CANCEL", 1, "El cliente desistió").statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("El cliente desistió")).body("allowedActions", contains("REOPEN"));
        transition(number, "REOPEN", 2, null).statusCode(200).body("status", equalTo("PROCESSING"))
                .body("cancelReason", equalTo(null));
        int sent = pricedAndSent(number, "1.00").getInt("version");
        transition(number, "CLOSE", sent, null).statusCode(200).body("status", equalTo("CLOSED"))
                .body("allowedActions", contains("REOPEN"));
        transition(number, "REOPEN", sent + 1, null).statusCode(200).body("status", equalTo("PROCESSING"));
    }

    @ParameterizedTest
    @CsvSource({"CLOSE", "REOPEN", "SEND"})
    @TestSecurity(user = "pablo", roles = "MANAGER")
    void aTransitionTheGraphDoesNotAllowIsA409NamingTheAction(String action) {
        String number = rfq("Ana", "es", 3);
        transition(number, action, 0, null).statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("action"));
        assertEquals("PENDING", detail(number).getString("status"));
        assertEquals(0, detail(number).getInt("version"));
    }

    @Test
    @TestSecurity(user = "pablo", roles = "MANAGER")
    void cancellingNeedsAReasonAndAnActionMustBeKnown() {
        String number = rfq("Ana", "es", 3);
        transition(number, "CANCEL", 0, null).statusCode(400).body("errors.field", hasItem("reason"));
        transition(number, "CANCEL", 0, "x".repeat(501)).statusCode(400).body("errors.field", hasItem("reason"));
        transition(number, "ARCHIVE", 0, null).statusCode(400).body("errors.field", hasItem("action"));
        transition(number, "START_PROCESSING", 7, null).statusCode(409).body("errors.field", hasItem("version"));
        given().contentType("application/json").body("{\"version\":0}")
                .when().post("/api/quotes/" + number + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("action"));
        assertEquals("PENDING", detail(number).getString("status"));
    }

    @Test
    @TestSecurity(user = "pablo", roles = "MANAGER")
    void aListFilterAcceptsCancelled() {
        String number = rfq("Ana", "es", 3);
        transition(number, "CANCEL", 0, "duplicado").statusCode(200);
        given().when().get("/api/quotes?status=CANCELLED&q=" + number).then().statusCode(200)
                .body("items.quoteNumber", contains(number));
    }
}
