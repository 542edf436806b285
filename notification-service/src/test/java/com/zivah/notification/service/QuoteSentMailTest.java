package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.attachments;
import static com.zivah.notification.event.QuoteEvents.deadLetters;
import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.freshSent;
import static com.zivah.notification.event.QuoteEvents.freshTo;
import static com.zivah.notification.event.QuoteEvents.mailsTo;
import static com.zivah.notification.event.QuoteEvents.parts;
import static com.zivah.notification.event.QuoteEvents.publish;
import static com.zivah.notification.event.QuoteEvents.publishSent;
import static com.zivah.notification.event.QuoteEvents.quoteNumber;
import static com.zivah.notification.event.QuoteEvents.sha256;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.SuppressionReason;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.event.QuoteEvents.Attachment;
import com.zivah.platform.paging.PageRequest;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * QuoteSent v1 → one mail to the buyer in the event's language, HTML + text, the event's PDF attached byte for byte.
 * The whole class runs with every limit on visitor mails closed (recipient limit and budget 0): staff sent these
 * mails, so no limit may suppress them.
 */
@QuarkusTest
@TestProfile(QuoteSentMailTest.LimitsClosed.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class QuoteSentMailTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    public static class LimitsClosed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zivah.mail.recipient-limit.max", "0", "zivah.mail.budget.max", "0");
        }
    }

    @Inject
    DeliveryService deliveries;

    @Inject
    MeterRegistry registry;

    /** A PDF-looking file with arbitrary (non-text) bytes: what arrives must be exactly these. */
    private static byte[] pdf() {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + 3000];
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = new byte[3000];
        ThreadLocalRandom.current().nextBytes(tail);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        return bytes;
    }

    private static MimeMessage awaitOneMail(String address) {
        return await().atMost(WAIT).until(() -> mailsTo(address), list -> list.size() == 1).get(0);
    }

    private List<DeliveryView> sentMailsOf(ObjectNode event) {
        return deliveries.list(null, quoteNumber(event), MailKind.QUOTE_SENT, PageRequest.of(0, 10)).items();
    }

    private DeliveryView awaitSentDelivery(ObjectNode event) {
        return await().atMost(WAIT).until(() -> sentMailsOf(event),
                list -> list.size() == 1 && list.get(0).status() == DeliveryStatus.SENT).get(0);
    }

    /** The mail carries one application/pdf attachment: the event's file name and exactly its bytes. */
    private static void assertCarriesThePdf(MimeMessage mail, ObjectNode event, byte[] pdf) throws Exception {
        assertTrue(mail.isMimeType("multipart/*"), "a multipart mail");
        List<Attachment> files = attachments(mail);
        assertEquals(1, files.size(), "one attachment");
        Attachment file = files.get(0);
        assertTrue(file.contentType().toLowerCase().startsWith("application/pdf"), file.contentType());
        assertEquals(event.get("pdf").get("fileName").asText(), file.fileName());
        assertEquals(sha256(pdf), sha256(file.bytes()), "the event's PDF, byte for byte");
        assertArrayEquals(pdf, file.bytes());
    }

    @Test
    void aSpanishBuyerGetsThePricedQuoteWithItsPdf() throws Exception {
        byte[] pdf = pdf();
        ObjectNode event = freshSent("es", pdf);
        String number = quoteNumber(event);

        publishSent(event);

        MimeMessage mail = awaitOneMail(email(event));
        assertEquals("Su cotización " + number + " (versión 1)", mail.getSubject());
        assertEquals(email(event), mail.getAllRecipients()[0].toString());
        assertCarriesThePdf(mail, event, pdf);
        Map<String, String> parts = parts(mail);
        String html = parts.get("text/html");
        String text = parts.get("text/plain");
        for (String body : List.of(html, text)) {
            assertTrue(body.contains("Ana Pérez"), "greeting with the buyer's name");
            assertTrue(body.contains(number) && body.contains("versión 1"), "number and version");
            assertTrue(body.contains("Café verde arábica grado 1"), "line");
            assertTrue(body.contains("500 kg"), "quantity and unit");
            assertTrue(body.contains("4,85"), "unit price");
            assertTrue(body.contains("2.425,00"), "line total and subtotal");
            assertTrue(body.contains("Descuento (5 %)") && body.contains("121,25"), "discount");
            assertTrue(body.contains("Total") && body.contains("2.303,75 EUR"), "total and currency");
            assertTrue(body.contains("Válida hasta") && body.contains("26 de diciembre de 2026"), "valid until");
            assertTrue(body.contains("CIF Valencia. Pago 30 días."), "terms");
            assertTrue(body.contains("ZIVAH International"), "company data");
            assertTrue(body.contains(number + "-v1.pdf"), "names the attachment");
        }
        assertTrue(html.contains("<html lang=\"es\">"));

        DeliveryView delivery = awaitSentDelivery(event);
        assertEquals(MailKind.QUOTE_SENT, delivery.kind());
        assertEquals("quote-sent", delivery.template());
        assertEquals(1, delivery.quoteVersion());
        assertEquals(number + "-v1.pdf", delivery.attachmentName());
        assertEquals("es", delivery.locale());
        assertNull(delivery.suppressionReason());
    }

    @Test
    void anEnglishBuyerGetsItInEnglishWithTheTextEscapedInHtml() throws Exception {
        byte[] pdf = pdf();
        ObjectNode event = freshSent("en", pdf);
        event.put("version", 2);
        ((ObjectNode) event.get("pdf")).put("fileName", quoteNumber(event) + "-v2.pdf");
        ((ObjectNode) event.get("items").get(0)).put("productName", "Green arabica coffee grade 1");
        event.put("terms", "Delivery <b>CIF</b> Valencia & payment in 30 days.");
        String number = quoteNumber(event);

        publishSent(event);

        MimeMessage mail = awaitOneMail(email(event));
        assertEquals("Your quote " + number + " (version 2)", mail.getSubject());
        assertCarriesThePdf(mail, event, pdf);
        Map<String, String> parts = parts(mail);
        String html = parts.get("text/html");
        String text = parts.get("text/plain");
        for (String body : List.of(html, text)) {
            assertTrue(body.contains("Dear Ana Pérez"), "English greeting");
            assertTrue(body.contains("version 2"), "the version");
            assertTrue(body.contains("Green arabica coffee grade 1"), "line in English");
            assertTrue(body.contains("Unit price") || body.contains("×"), "unit price column or line");
            assertTrue(body.contains("4.85") && body.contains("2,425.00"), "English number format");
            assertTrue(body.contains("Discount (5%)") && body.contains("121.25"), "discount");
            assertTrue(body.contains("2,303.75 EUR"), "total");
            assertTrue(body.contains("Valid until") && body.contains("December 26, 2026"), "valid until");
            assertFalse(body.contains("Válida"), "no Spanish wording");
        }
        assertTrue(html.contains("Delivery &lt;b&gt;CIF&lt;/b&gt; Valencia &amp; payment"), "terms escaped in HTML");
        assertTrue(text.contains("Delivery <b>CIF</b> Valencia & payment"), "terms verbatim in text");
        assertEquals(2, awaitSentDelivery(event).quoteVersion());
    }

    @Test
    void noLimitOnVisitorMailsSuppressesIt() throws Exception {
        String address = "limited-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        // with the limits closed, the buyer's own RFQ confirmation is suppressed ...
        ObjectNode rfq = freshTo(address);
        publish(rfq);
        DeliveryView confirmation = await().atMost(WAIT).until(() -> deliveries.list(null, quoteNumber(rfq),
                MailKind.QUOTE_CONFIRMATION, PageRequest.of(0, 10)).items(), list -> list.size() == 1).get(0);
        assertEquals(DeliveryStatus.SUPPRESSED, confirmation.status());
        assertEquals(SuppressionReason.RECIPIENT_LIMIT, confirmation.suppressionReason());

        // ... while every quote staff send reaches the buyer, however many
        List<ObjectNode> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ObjectNode event = freshSent("es", pdf());
            ((ObjectNode) event.get("customer")).put("email", address);
            sent.add(event);
            publishSent(event);
        }
        await().atMost(WAIT).until(() -> mailsTo(address).size() == 4);
        for (ObjectNode event : sent) {
            assertEquals(DeliveryStatus.SENT, awaitSentDelivery(event).status());
        }
    }

    @Test
    void aRedeliveredEventIsMailedOnce() throws Exception {
        ObjectNode event = freshSent("es", pdf());
        double duplicatesBefore = registry.counter(MailMetrics.DUPLICATES).count();

        publishSent(event);
        publishSent(event);

        awaitOneMail(email(event));
        // wait until the second record was consumed (and skipped) before asserting it sent nothing
        await().atMost(WAIT).until(() -> registry.counter(MailMetrics.DUPLICATES).count() >= duplicatesBefore + 1);
        awaitSentDelivery(event);
        assertEquals(1, sentMailsOf(event).size(), "one delivery");
        assertEquals(1, mailsTo(email(event)).size(), "one mail");
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void aResendMailsTheSamePdfAgainAndIsInTheActivityLog() throws Exception {
        byte[] pdf = pdf();
        ObjectNode event = freshSent("en", pdf);
        publishSent(event);
        awaitOneMail(email(event));
        long id = awaitSentDelivery(event).id();

        given().header("User-Agent", "ZivahAdmin/1.0").header("X-Request-Id", "resend-quote-sent-1")
                .when().post("/api/notifications/deliveries/" + id + "/resend")
                .then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attachmentName", equalTo(event.get("pdf").get("fileName").asText()));

        List<MimeMessage> mails = await().atMost(WAIT).until(() -> mailsTo(email(event)), list -> list.size() == 2);
        for (MimeMessage mail : mails) {
            assertCarriesThePdf(mail, event, pdf);
        }
        assertEquals(parts(mails.get(0)), parts(mails.get(1)), "the stored mail, not a new composition");

        given().queryParam("entityType", "delivery").queryParam("entityId", id)
                .when().get("/api/notifications/activity")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("delivery.resent"))
                .body("items[0].entityType", equalTo("delivery"))
                .body("items[0].entityId", equalTo(String.valueOf(id)))
                .body("items[0].actor", equalTo("marta"))
                .body("items[0].actorRoles", contains("MANAGER"))
                .body("items[0].oldValue.status", equalTo("SENT"))
                .body("items[0].newValue.status", equalTo("PENDING"))
                .body("items[0].newValue.attachmentName", equalTo(event.get("pdf").get("fileName").asText()))
                .body("items[0].userAgent", equalTo("ZivahAdmin/1.0"))
                .body("items[0].requestId", equalTo("resend-quote-sent-1"));
    }

    @Test
    void aPdfWhoseBytesDoNotMatchItsHashIsDeadLetteredNotMailed() {
        ObjectNode event = freshSent("es", pdf());
        ((ObjectNode) event.get("pdf")).put("sha256", sha256("another file".getBytes(StandardCharsets.UTF_8)));
        assertTrue(EventContracts.violations(EventContracts.QUOTE_SENT_V1, event.toString()).isEmpty(),
                "the schema cannot see it: only the consumer can");

        publishSent(event);

        String number = quoteNumber(event);
        await().atMost(WAIT).until(() -> deadLetters().stream().anyMatch(r -> number.equals(r.key())));
        assertTrue(sentMailsOf(event).isEmpty(), "nothing queued");
        assertTrue(mailsTo(email(event)).isEmpty(), "nothing mailed");
    }
}
