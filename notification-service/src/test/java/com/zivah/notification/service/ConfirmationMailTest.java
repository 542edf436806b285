package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.mailsTo;
import static com.zivah.notification.event.QuoteEvents.parts;
import static com.zivah.notification.event.QuoteEvents.publish;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.api.DeliveryView;
import com.zivah.platform.paging.PageRequest;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class ConfirmationMailTest {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Inject
    DeliveryService deliveries;

    @Inject
    MeterRegistry registry;

    @Test
    void spanishBuyerGetsHtmlAndTextConfirmation() throws Exception {
        ObjectNode event = fresh("es");
        String quoteNumber = event.get("quoteNumber").asText();

        publish(event);

        MimeMessage mail = awaitOneMail(email(event));
        assertEquals("Hemos recibido su solicitud de cotización " + quoteNumber, mail.getSubject());
        assertTrue(mail.getFrom()[0].toString().contains("no-reply@zivah.example"), "configured sender");
        Map<String, String> parts = parts(mail);
        String html = parts.get("text/html");
        String text = parts.get("text/plain");
        for (String body : List.of(html, text)) {
            assertTrue(body.contains(quoteNumber), "quote number in every part");
            assertTrue(body.contains("Café verde arábica grado 1"), "item name");
            assertTrue(body.contains("500"), "quantity");
            assertTrue(body.contains("kg"), "unit");
            assertTrue(body.contains("Entrega CIF Valencia, por favor."), "the buyer's message");
            assertTrue(body.contains("ZIVAH International"), "branding");
            assertTrue(body.contains("Productos solicitados"), "Spanish wording");
            assertTrue(body.contains("Ana Pérez"), "buyer's name");
        }
        assertTrue(html.contains("<html lang=\"es\">"));
        assertFalse(html.contains("<img"), "no external images");

        DeliveryView delivery = onlyDelivery(quoteNumber);
        assertEquals(DeliveryStatus.SENT, delivery.status());
        assertEquals(1, delivery.attempts());
        assertEquals(email(event), delivery.recipient());
        assertEquals("es", delivery.locale());
        assertEquals(mail.getSubject(), delivery.subject());
    }

    @Test
    void englishBuyerGetsEnglishConfirmation() throws Exception {
        ObjectNode event = fresh("en");
        String quoteNumber = event.get("quoteNumber").asText();

        publish(event);

        MimeMessage mail = awaitOneMail(email(event));
        assertEquals("We received your request for quote " + quoteNumber, mail.getSubject());
        Map<String, String> parts = parts(mail);
        assertTrue(parts.get("text/html").contains("Requested products"));
        assertTrue(parts.get("text/html").contains("<html lang=\"en\">"));
        assertTrue(parts.get("text/plain").contains("Requested products"));
        assertTrue(parts.get("text/plain").contains(quoteNumber));
        assertEquals("en", onlyDelivery(quoteNumber).locale());
    }

    @Test
    void sameEventTwiceMailsOnce() throws Exception {
        ObjectNode event = fresh("es");
        String quoteNumber = event.get("quoteNumber").asText();
        Counter duplicates = registry.counter("zivah.notification.events.duplicate");
        double before = duplicates.count();

        publish(event);
        publish(event);

        awaitOneMail(email(event));
        await().atMost(MAIL_WAIT).until(() -> duplicates.count() >= before + 1);
        assertEquals(1, mailsTo(email(event)).size(), "one mail for one event");
        DeliveryView delivery = onlyDelivery(quoteNumber);
        assertEquals(DeliveryStatus.SENT, delivery.status());
        assertEquals(1, delivery.attempts());
    }

    @Test
    void customerInputIsEscapedInHtml() throws Exception {
        ObjectNode event = fresh("es");
        ((ObjectNode) event.get("customer")).put("name", "<script>alert('x')</script>Ana");
        event.put("message", "<b>urgente</b> & rápido");
        ((ObjectNode) event.withArray("items").get(0)).put("productName", "<img src=x onerror=alert(1)>");

        publish(event);

        String html = parts(awaitOneMail(email(event))).get("text/html");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), "name escaped");
        assertTrue(html.contains("&lt;b&gt;urgente&lt;/b&gt; &amp; rápido"), "message escaped");
        assertFalse(html.contains("<img"), "product name escaped");
    }

    @Test
    void quantitiesAreWrittenAsPlainDigits() throws Exception {
        ObjectNode event = fresh("es");
        ((ObjectNode) event.withArray("items").get(0)).put("quantity", 1000000);

        publish(event);

        Map<String, String> parts = parts(awaitOneMail(email(event)));
        assertTrue(parts.get("text/plain").contains("- Café verde arábica grado 1: 1000000 kg"), parts.get("text/plain"));
        assertTrue(parts.get("text/html").contains(">1000000</td>"), parts.get("text/html"));
    }

    private static MimeMessage awaitOneMail(String recipient) {
        await().atMost(MAIL_WAIT).until(() -> !mailsTo(recipient).isEmpty());
        List<MimeMessage> mails = mailsTo(recipient);
        assertEquals(1, mails.size());
        return mails.get(0);
    }

    private DeliveryView onlyDelivery(String quoteNumber) {
        List<DeliveryView> items = await().atMost(MAIL_WAIT)
                .until(() -> deliveries.list(null, quoteNumber, MailKind.QUOTE_CONFIRMATION, PageRequest.of(0, 10)).items(),
                        list -> !list.isEmpty() && list.get(0).status() == DeliveryStatus.SENT);
        assertEquals(1, items.size());
        return items.get(0);
    }
}
