package com.zivah.notification.rest;

import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.mailsTo;
import static com.zivah.notification.event.QuoteEvents.parts;
import static com.zivah.notification.event.QuoteEvents.publish;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class DeliveryResourceTest {

    private static final String PATH = "/api/notifications/deliveries";

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void managerSeesTheDeliveryOfAQuote() {
        ObjectNode event = fresh("en");
        String quoteNumber = event.get("quoteNumber").asText();
        publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email(event)).size() == 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given()
                .queryParam("quoteNumber", quoteNumber)
                .queryParam("kind", "QUOTE_CONFIRMATION")
                .when().get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("page", equalTo(0))
                .body("items[0].quoteNumber", equalTo(quoteNumber))
                .body("items[0].eventId", equalTo(event.get("eventId").asText()))
                .body("items[0].recipient", equalTo(email(event)))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].template", equalTo("quote-confirmation"))
                .body("items[0].subject", equalTo("We received your request for quote " + quoteNumber))
                .body("items[0].kind", equalTo("QUOTE_CONFIRMATION"))
                .body("items[0].nextAttemptAt", nullValue())
                .body("items[0].sentAt", notNullValue()));

        // both mails of the quote, and the status filter
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("quoteNumber", quoteNumber).queryParam("status", "SENT")
                .when().get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.kind", hasItems("QUOTE_CONFIRMATION", "QUOTE_SALES_ALERT")));
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void aSentMailIsResentExactlyAsComposedAndAttemptsAreKept() throws Exception {
        ObjectNode event = fresh("es");
        String quoteNumber = event.get("quoteNumber").asText();
        publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email(event)).size() == 1);
        int id = await().atMost(Duration.ofSeconds(10)).until(() -> given()
                .queryParam("quoteNumber", quoteNumber).queryParam("kind", "QUOTE_CONFIRMATION").queryParam("status", "SENT")
                .when().get(PATH).then().statusCode(200).extract().path("items[0].id"), java.util.Objects::nonNull);

        given().when().post(PATH + "/" + id + "/resend")
                .then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email(event)).size() == 2);
        List<jakarta.mail.internet.MimeMessage> mails = mailsTo(email(event));
        assertEquals(mails.get(0).getSubject(), mails.get(1).getSubject());
        assertEquals(parts(mails.get(0)), parts(mails.get(1)), "the stored mail, not a new composition");
        assertEquals("<delivery-" + id + "-0@notification.zivah>", mails.get(0).getMessageID());
        assertEquals("<delivery-" + id + "-1@notification.zivah>", mails.get(1).getMessageID(), "a resend is a new message");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given()
                .queryParam("quoteNumber", quoteNumber).queryParam("kind", "QUOTE_CONFIRMATION")
                .when().get(PATH).then().statusCode(200)
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(2)));
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void resendOfAnUnknownDeliveryIs404() {
        given().when().post(PATH + "/987654321/resend")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void viewerMayNotResend() {
        given().when().post(PATH + "/1/resend")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void unknownStatusOrKindIsAProblemNamingTheField() {
        given().queryParam("status", "LOST").when().get(PATH)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(equalTo("status")));
        given().queryParam("kind", "<script>").when().get(PATH)
                .then().statusCode(400)
                .body("errors.field", hasItem(equalTo("kind")));
    }

    @Test
    @TestSecurity(user = "root", roles = "ADMIN")
    void adminMayListEverything() {
        given().queryParam("size", 5)
                .when().get(PATH)
                .then().statusCode(200)
                .body("size", equalTo(5));
    }

    @Test
    void anonymousIsRejected() {
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void viewerMayRead() {
        given().when().get(PATH).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "someone", roles = "CUSTOMER")
    void otherRolesAreForbidden() {
        given().when().get(PATH)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void outOfRangePageSizeIsAProblemNamingTheField() {
        given().queryParam("size", 500)
                .when().get(PATH)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(equalTo("size")));
    }
}
