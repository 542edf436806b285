package com.zivah.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.zivah.notification.RecipientAddress;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery log's filters (status, kind, quote number, contact reference, recipient, from/to as inclusive UTC
 * days) on rows of March 2020 written here (not PENDING, so the sender leaves them alone), and the roles of the
 * activity log read.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class DeliveryFilterTest {

    private static final String PATH = "/api/notifications/deliveries";
    private static final String QUOTE = "ZQ-2020-100001";
    private static final String CONTACT = "ZM-2020-100002";

    @Inject
    DataSource dataSource;

    private static boolean inserted;

    @BeforeEach
    void fixtures() throws SQLException {
        if (inserted) {
            return;
        }
        insert("QUOTE_SENT", "FAILED", QUOTE, null, "Ana.Filter+quotes@Example.com", "2020-03-01T10:00:00Z",
                1, QUOTE + "-v1.pdf");
        insert("QUOTE_CONFIRMATION", "SENT", QUOTE, null, "ana.filter@example.com", "2020-03-02T23:59:59.999Z",
                null, null);
        insert("CONTACT_AUTO_REPLY", "SUPPRESSED", null, CONTACT, "bob.filter@example.com", "2020-03-03T00:00:00Z",
                null, null);
        insert("CONTACT_SALES_ALERT", "FAILED", null, CONTACT, "ventas-filter@zivah.example", "2020-03-04T12:00:00Z",
                null, null);
        inserted = true;
    }

    private void insert(String kind, String status, String quoteNumber, String contactReference, String recipient,
                        String createdAt, Integer version, String attachment) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into mail_delivery (event_id, kind, template, recipient, recipient_key, subject, locale, status,
                    attempts, quote_number, contact_reference, html_body, text_body, created_at, updated_at,
                    quote_version, attachment_name, suppression_reason)
                values (?, ?, 'fixture', ?, ?, 'fixture', 'es', ?, 1, ?, ?, '<p>x</p>', 'x', ?, ?, ?, ?,
                    case when ? = 'SUPPRESSED' then 'RECIPIENT_LIMIT' end)""")) {
            Timestamp at = Timestamp.from(Instant.parse(createdAt));
            s.setObject(1, UUID.randomUUID());
            s.setString(2, kind);
            s.setString(3, recipient);
            s.setString(4, RecipientAddress.key(recipient));
            s.setString(5, status);
            s.setString(6, quoteNumber);
            s.setString(7, contactReference);
            s.setTimestamp(8, at);
            s.setTimestamp(9, at);
            s.setObject(10, version);
            s.setString(11, attachment);
            s.setString(12, status);
            s.executeUpdate();
        }
    }

    /** The fixtures' days (nothing else in the database is from March 2020). */
    private static RequestSpecification march() {
        return given().queryParam("from", "2020-03-01").queryParam("to", "2020-03-04");
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void eachFilterNarrowsTheLogNewestFirst() {
        march().when().get(PATH).then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.kind", contains("CONTACT_SALES_ALERT", "CONTACT_AUTO_REPLY", "QUOTE_CONFIRMATION",
                        "QUOTE_SENT"));
        march().queryParam("status", "failed").when().get(PATH).then().statusCode(200)
                .body("items.kind", contains("CONTACT_SALES_ALERT", "QUOTE_SENT"));
        march().queryParam("kind", "QUOTE_SENT").when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].attachmentName", equalTo(QUOTE + "-v1.pdf"))
                .body("items[0].quoteVersion", equalTo(1));
        march().queryParam("kind", "QUOTE_CONFIRMATION").when().get(PATH).then().statusCode(200)
                .body("items[0].attachmentName", nullValue());
        march().queryParam("quoteNumber", QUOTE).when().get(PATH).then().statusCode(200)
                .body("items.kind", contains("QUOTE_CONFIRMATION", "QUOTE_SENT"));
        march().queryParam("contactReference", CONTACT).when().get(PATH).then().statusCode(200)
                .body("items.kind", contains("CONTACT_SALES_ALERT", "CONTACT_AUTO_REPLY"));
        // the recipient as the limit compares it: case and +tag do not matter
        march().queryParam("recipient", "ANA.FILTER@example.com").when().get(PATH).then().statusCode(200)
                .body("items.kind", contains("QUOTE_CONFIRMATION", "QUOTE_SENT"));
        march().queryParam("recipient", "bob.filter@example.com").queryParam("status", "SUPPRESSED")
                .when().get(PATH).then().statusCode(200).body("items.kind", contains("CONTACT_AUTO_REPLY"));
        march().queryParam("recipient", "nobody@example.com").when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void fromAndToAreInclusiveUtcDays() {
        given().queryParam("from", "2020-03-02").queryParam("to", "2020-03-03").when().get(PATH)
                .then().statusCode(200).body("items.kind", contains("CONTACT_AUTO_REPLY", "QUOTE_CONFIRMATION"));
        given().queryParam("from", "2020-03-01").queryParam("to", "2020-03-01").when().get(PATH)
                .then().statusCode(200).body("items.kind", contains("QUOTE_SENT"));
        given().queryParam("to", "2020-03-02").queryParam("quoteNumber", QUOTE).when().get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(2));
        given().queryParam("from", "2020-03-04").queryParam("contactReference", CONTACT).when().get(PATH)
                .then().statusCode(200).body("items.kind", contains("CONTACT_SALES_ALERT"));
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void badFiltersAreA400NamingThem() {
        for (String[] bad : new String[][] {{"from", "2020-02-30"}, {"from", "yesterday"}, {"to", "2020-3-1"},
                {"recipient", "a\u0001b@example.com"}, {"recipient", "x".repeat(321)},
                {"contactReference", "x".repeat(41)}, {"quoteNumber", "x".repeat(41)}, {"status", "LOST"},
                {"kind", "QUOTE"}}) {
            given().queryParam(bad[0], bad[1]).when().get(PATH)
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(bad[0]));
        }
        given().queryParam("from", "2020-03-04").queryParam("to", "2020-03-01").when().get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/api/notifications/activity").then().statusCode(401);
        given().when().post(PATH + "/1/resend").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "victor", roles = "VIEWER")
    void viewersReadTheActivityLog() {
        given().when().get("/api/notifications/activity").then().statusCode(200).body("page", equalTo(0));
        // this service records deliveries only
        given().queryParam("entityType", "product").when().get("/api/notifications/activity")
                .then().statusCode(400).body("errors.field", hasItem("entityType"));
        given().queryParam("action", "Delivery Resent").when().get("/api/notifications/activity")
                .then().statusCode(400).body("errors.field", hasItem("action"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "CUSTOMER")
    void nonStaffGet403OnTheActivityLog() {
        given().when().get("/api/notifications/activity").then().statusCode(403);
    }
}
