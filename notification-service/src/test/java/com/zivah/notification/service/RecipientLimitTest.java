package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.conforming;
import static com.zivah.notification.event.QuoteEvents.freshTo;
import static com.zivah.notification.event.QuoteEvents.mailsToKey;
import static com.zivah.notification.event.QuoteEvents.publish;
import static com.zivah.notification.event.QuoteEvents.quoteNumber;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.RecipientAddress;
import com.zivah.notification.SuppressionReason;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.service.MailAdmission.Outcome;
import com.zivah.platform.inbox.EventReader;
import com.zivah.platform.paging.PageRequest;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** At most zivah.mail.recipient-limit.max (3 by default) confirmations per address and hour; the rest are logged, not mailed. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class RecipientLimitTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DeliveryService deliveries;

    @Inject
    MailQueue queue;

    @Inject
    EventReader reader;


    @Inject
    MeterRegistry registry;

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void fiveRequestsToOneAddressMailThreeAndLogAll() {
        String address = "limit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        double suppressedBefore = suppressed(SuppressionReason.RECIPIENT_LIMIT);
        double duplicatesBefore = registry.counter(MailMetrics.DUPLICATES).count();
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(freshTo(address));
        }

        events.forEach(e -> publish(e));

        Map<String, DeliveryView> rows = awaitSettled(events);
        assertEquals(5, rows.size(), "every request is in the delivery log");
        assertEquals(3, count(rows, DeliveryStatus.SENT));
        assertEquals(2, count(rows, DeliveryStatus.SUPPRESSED));
        await().atMost(WAIT).until(() -> mailsToKey(address) >= 3);
        assertEquals(3, mailsToKey(address), "exactly the limit is mailed");
        assertEquals(suppressedBefore + 2, suppressed(SuppressionReason.RECIPIENT_LIMIT));
        DeliveryView suppressed = rows.values().stream()
                .filter(d -> d.status() == DeliveryStatus.SUPPRESSED).findFirst().orElseThrow();
        assertEquals(SuppressionReason.RECIPIENT_LIMIT, suppressed.suppressionReason());
        assertEquals(0, suppressed.attempts());
        assertEquals(address, suppressed.recipient());
        rows.values().stream().filter(d -> d.status() == DeliveryStatus.SENT)
                .forEach(d -> assertNull(d.suppressionReason()));

        // staff see it through the delivery API
        given().queryParam("quoteNumber", suppressed.quoteNumber()).queryParam("kind", "QUOTE_CONFIRMATION")
                .when().get("/api/notifications/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("SUPPRESSED"))
                .body("items[0].suppressionReason", equalTo("RECIPIENT_LIMIT"))
                .body("items[0].recipient", equalTo(address));

        // redelivered events (one mailed, one suppressed) are duplicates: no mail, no new row, no new count
        ObjectNode sentEvent = events.stream().filter(e -> rows.get(quoteNumber(e)).status() == DeliveryStatus.SENT)
                .findFirst().orElseThrow();
        ObjectNode suppressedEvent = events.stream()
                .filter(e -> rows.get(quoteNumber(e)).status() == DeliveryStatus.SUPPRESSED).findFirst().orElseThrow();
        publish(sentEvent);
        publish(suppressedEvent);
        await().atMost(WAIT).until(() -> registry.counter(MailMetrics.DUPLICATES).count() >= duplicatesBefore + 2);
        assertEquals(5, awaitSettled(events).size());
        assertEquals(3, mailsToKey(address));
        assertEquals(suppressedBefore + 2, suppressed(SuppressionReason.RECIPIENT_LIMIT));
    }

    @Test
    void spellingsOfOneAddressShareTheLimit() {
        String local = "variant-" + UUID.randomUUID().toString().substring(0, 8);
        List<ObjectNode> events = List.of(
                freshTo(local + "@example.com"),
                freshTo(local.toUpperCase() + "@Example.COM"),
                freshTo(local + "+rfq1@example.com"),
                freshTo(local + "+rfq2@EXAMPLE.com"),
                freshTo(local + "@example.com"));

        events.forEach(e -> publish(e));

        Map<String, DeliveryView> rows = awaitSettled(events);
        assertEquals(3, count(rows, DeliveryStatus.SENT));
        assertEquals(2, count(rows, DeliveryStatus.SUPPRESSED));
        String key = RecipientAddress.key(local + "@example.com");
        await().atMost(WAIT).until(() -> mailsToKey(key) >= 3);
        assertEquals(3, mailsToKey(key));
    }

    /** Many workers (or replicas: each call is its own transaction on its own connection) deciding at once. */
    @Test
    void limitHoldsUnderConcurrentDecisions() throws Exception {
        String address = "race-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        int callers = 12;
        List<QuoteSubmitted> events = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            events.add(reader.parse(conforming(freshTo(address)), QuoteSubmitted.class));
        }
        List<Outcome> results = AdmissionRace.decideTogether(queue, events);
        assertEquals(3, results.stream().filter(o -> o == Outcome.ADMITTED).count(), results.toString());
        assertEquals(callers - 3, results.stream().filter(o -> o == Outcome.SUPPRESSED).count(), results.toString());
        // the same events again are duplicates: nothing queued, nothing counted
        for (QuoteSubmitted event : events) {
            assertEquals(Outcome.DUPLICATE, queue.acceptQuote(event).outcome(MailKind.QUOTE_CONFIRMATION));
        }
        // the sales alerts are not limited: one per event, all queued
        for (QuoteSubmitted event : events) {
            assertEquals(1, deliveries.list(null, event.quoteNumber(), MailKind.QUOTE_SALES_ALERT, PageRequest.of(0, 10))
                    .totalItems());
        }
    }

    private Map<String, DeliveryView> awaitSettled(List<ObjectNode> events) {
        return await().atMost(WAIT).until(() -> events.stream()
                        .flatMap(e -> deliveries.list(null, quoteNumber(e), MailKind.QUOTE_CONFIRMATION, PageRequest.of(0, 10)).items().stream())
                        .collect(Collectors.toMap(DeliveryView::quoteNumber, Function.identity())),
                rows -> rows.size() == events.size() && rows.values().stream()
                        .allMatch(d -> d.status() == DeliveryStatus.SENT || d.status() == DeliveryStatus.SUPPRESSED));
    }

    private static long count(Map<String, DeliveryView> rows, DeliveryStatus status) {
        return rows.values().stream().filter(d -> d.status() == status).count();
    }

    private double suppressed(SuppressionReason reason) {
        return registry.counter(MailMetrics.SUPPRESSED, "reason", reason.tag()).count();
    }
}
