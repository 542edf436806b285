package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.freshContact;
import static com.zivah.notification.event.QuoteEvents.mailsTo;
import static com.zivah.notification.event.QuoteEvents.parts;
import static com.zivah.notification.event.QuoteEvents.publish;
import static com.zivah.notification.event.QuoteEvents.publishContact;
import static com.zivah.notification.event.QuoteEvents.publishSetting;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.event.ContactMessageReceived;
import com.zivah.notification.event.QuoteEvents;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.platform.inbox.EventReader;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import com.zivah.platform.settings.SiteSettings;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sales alerts and the contact mails, with the company data and the sales address from the catalog's site
 * settings (heard on the compacted settings topic), and customer text escaped.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class SalesAndContactMailTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SiteSettings settings;

    @Inject
    QuoteMailComposer quoteMails;

    @Inject
    EventReader reader;

    String sales;
    String company;

    /** A sales address and company name of this test, newer than anything earlier tests published. */
    @BeforeEach
    void settingsOfThisTest() {
        sales = "sales-" + UUID.randomUUID().toString().substring(0, 8) + "@zivah.example";
        company = "Zivah Test " + UUID.randomUUID().toString().substring(0, 4);
        long version = System.currentTimeMillis();
        publishSetting(SiteSettings.SALES_NOTIFICATION_EMAIL, sales, version);
        publishSetting(SiteSettings.COMPANY_NAME, company, version);
        publishSetting(SiteSettings.COMPANY_NAME, "an older value, heard later", 2); // not newer: ignored
        await().atMost(WAIT).until(() -> sales.equals(MailSettings.current(settings).salesNotificationEmail())
                && company.equals(MailSettings.current(settings).companyName()));
    }

    @Test
    void aQuoteAlertsSalesInSpanishWithTheBuyerLinesAndAnAdminLink() throws Exception {
        ObjectNode event = fresh("en");
        String quoteNumber = event.get("quoteNumber").asText();
        ((ObjectNode) event.get("customer")).put("name", "<script>alert('x')</script>Ann");

        publish(event);

        MimeMessage alert = await().atMost(WAIT).until(() -> alertFor(quoteNumber), m -> m != null);
        assertEquals("Nueva solicitud de cotización " + quoteNumber + " de <script>alert('x')</script>Ann", alert.getSubject());
        Map<String, String> parts = parts(alert);
        String html = parts.get("text/html");
        String text = parts.get("text/plain");
        for (String body : List.of(html, text)) {
            assertTrue(body.contains("http://localhost/admin/quotes/" + quoteNumber), "admin link");
            assertTrue(body.contains(email(event)), "buyer's address");
            assertTrue(body.contains("+34 600 123 456"), "buyer's phone");
            assertTrue(body.contains("Importaciones Pérez SL"), "buyer's company");
            assertTrue(body.contains("Café verde arábica grado 1") && body.contains("500") && body.contains("kg"), "lines");
            assertTrue(body.contains(company), "company name from the settings");
        }
        assertTrue(html.contains("<html lang=\"es\">"), "Spanish");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), "name escaped");
        // the buyer's confirmation carries the company data of the settings too
        MimeMessage confirmation = await().atMost(WAIT).until(() -> mailsTo(email(event)), l -> l.size() == 1).get(0);
        assertTrue(parts(confirmation).get("text/plain").contains("The " + company + " team"));
    }

    @Test
    void aContactMessageGetsAnAutoReplyInTheSendersLanguageAndAlertsSales() throws Exception {
        ObjectNode event = freshContact("en");
        String reference = event.get("reference").asText();
        String sender = event.get("sender").get("email").asText();
        event.put("message", "<img src=x onerror=alert(1)> need samples & prices");

        publishContact(event);

        MimeMessage reply = await().atMost(WAIT).until(() -> mailsTo(sender), l -> l.size() == 1).get(0);
        assertEquals("We received your message " + reference, reply.getSubject());
        Map<String, String> replyParts = parts(reply);
        assertTrue(replyParts.get("text/html").contains("&lt;img src=x onerror=alert(1)&gt; need samples &amp; prices"));
        assertFalse(replyParts.get("text/html").contains("<img"));
        assertTrue(replyParts.get("text/plain").contains("<img src=x onerror=alert(1)> need samples & prices"), "plain text as written");
        assertTrue(replyParts.get("text/plain").contains(company));

        MimeMessage alert = await().atMost(WAIT).until(() -> mailsTo(sales).stream()
                .filter(m -> subject(m).contains(reference)).findFirst().orElse(null), m -> m != null);
        assertEquals("Nuevo mensaje de contacto " + reference + ": Muestras de café verde", alert.getSubject());
        Map<String, String> alertParts = parts(alert);
        assertTrue(alertParts.get("text/plain").contains(sender));
        assertTrue(alertParts.get("text/plain").contains("Ana Pérez"));
        assertFalse(alertParts.get("text/html").contains("<img"));
    }

    @Test
    void aDuplicateContactEventMailsOncePerRecipient() {
        ObjectNode event = freshContact("es");
        String reference = event.get("reference").asText();
        String sender = event.get("sender").get("email").asText();

        publishContact(event);
        publishContact(event);

        await().atMost(WAIT).until(() -> mailsTo(sender).size() == 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(1, mailsTo(sender).size());
        assertEquals(1, mailsTo(sales).stream().filter(m -> subject(m).contains(reference)).count());
    }

    @Test
    void theExampleContactEventReadsIntoTheConsumersRecord() {
        ContactMessageReceived event = reader.parse(QuoteEvents.contactExampleJson(), ContactMessageReceived.class);
        assertEquals("ZM-2026-000007", event.reference());
        assertEquals(7L, event.messageId());
        assertEquals("ana.perez@example.com", event.sender().email());
        assertEquals("Muestras de café verde", event.subject());
    }

    /** Notes per line: the QuoteSubmitted v1 schema gains them with quote-domain's change; composed here directly. */
    @Test
    void lineNotesAreInBothMails() throws Exception {
        ObjectNode json = fresh("es");
        ((ObjectNode) json.withArray("items").get(0)).put("note", "Sacos de 60 kg <b>yute</b>");
        QuoteSubmitted quote = new ObjectMapper().findAndRegisterModules().treeToValue(json, QuoteSubmitted.class);
        MailSettings brand = MailSettings.current(settings);
        for (ComposedMail mail : List.of(quoteMails.confirmation(quote, brand), quoteMails.salesAlert(quote, brand))) {
            assertTrue(mail.text().contains("Sacos de 60 kg <b>yute</b>"), mail.kind() + " text");
            assertTrue(mail.html().contains("Sacos de 60 kg &lt;b&gt;yute&lt;/b&gt;"), mail.kind() + " html");
        }
        assertEquals(MailKind.QUOTE_SALES_ALERT, quoteMails.salesAlert(quote, brand).kind());
        assertEquals(sales, quoteMails.salesAlert(quote, brand).recipient());
    }

    private MimeMessage alertFor(String quoteNumber) {
        return mailsTo(sales).stream().filter(m -> subject(m).contains(quoteNumber)).findFirst().orElse(null);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
