package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.conforming;
import static com.zivah.notification.event.QuoteEvents.freshTo;
import static com.zivah.notification.event.QuoteEvents.mailsToKey;
import static com.zivah.notification.event.QuoteEvents.publish;
import static com.zivah.notification.event.QuoteEvents.quoteNumber;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A global budget of 3 confirmations: the 4th and later are logged as SUPPRESSED (budget), and the alert gauge goes to 1. */
@QuarkusTest
@TestProfile(MailBudgetTest.SmallBudget.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class MailBudgetTest {

    static final int BUDGET = 3;
    private static final Duration WAIT = Duration.ofSeconds(30);

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a window so long (epoch-aligned, next boundary in 2029) that no test run straddles two of them
            return Map.of("zivah.mail.budget.max", String.valueOf(BUDGET),
                    "zivah.mail.budget.window", "P3650D");
        }
    }

    @Inject
    DeliveryService deliveries;

    @Inject
    MailQueue queue;

    @Inject
    EventReader reader;


    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    /** Earlier test classes used this JVM's database: start each test with an untouched budget. */
    @BeforeEach
    void freshBudget() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from mail_budget").executeUpdate());
    }

    @Test
    void overBudgetNothingIsMailedAndTheAlertIsRaisedOnce() {
        double suppressedBefore = suppressedForBudget();
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(MailMetrics.class.getName());
        logger.addHandler(capture);
        try {
            List<ObjectNode> events = new ArrayList<>();
            for (int i = 0; i < BUDGET + 3; i++) {
                events.add(freshTo("budget-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
            }

            events.forEach(e -> publish(e));

            List<DeliveryView> rows = await().atMost(WAIT).until(() -> events.stream()
                            .flatMap(e -> deliveries.list(null, quoteNumber(e), MailKind.QUOTE_CONFIRMATION, PageRequest.of(0, 10)).items().stream())
                            .toList(),
                    list -> list.size() == events.size() && list.stream().allMatch(
                            d -> d.status() == DeliveryStatus.SENT || d.status() == DeliveryStatus.SUPPRESSED));
            assertEquals(BUDGET, rows.stream().filter(d -> d.status() == DeliveryStatus.SENT).count());
            assertEquals(3, rows.stream().filter(d -> d.status() == DeliveryStatus.SUPPRESSED
                    && d.suppressionReason() == SuppressionReason.BUDGET).count());
            await().atMost(WAIT).until(() -> totalMails(events) >= BUDGET);
            assertEquals(BUDGET, totalMails(events), "no mail beyond the budget");

            assertEquals(suppressedBefore + 3, suppressedForBudget());
            assertEquals(1.0, registry.get(MailMetrics.BUDGET_EXCEEDED).gauge().value());
            given().when().get(metrics).then().statusCode(200)
                    .body(containsString("zivah_mail_budget_exceeded 1.0"))
                    .body(containsString("zivah_notification_mails_suppressed_total{reason=\"budget\"}"));
            assertEquals(1, warnings.stream().filter(r -> r.getMessage().contains("Mail budget exceeded")).count(),
                    "one WARN per window, not one per mail");
        } finally {
            logger.removeHandler(capture);
        }
    }

    /** Many workers (or replicas: each call is its own transaction on its own connection) deciding at once. */
    @Test
    void budgetHoldsUnderConcurrentDecisions() throws Exception {
        int callers = 10;
        List<QuoteSubmitted> events = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String address = "budget-race-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            events.add(reader.parse(conforming(freshTo(address)), QuoteSubmitted.class));
        }
        List<Outcome> results = AdmissionRace.decideTogether(queue, events);
        assertEquals(BUDGET, results.stream().filter(o -> o == Outcome.ADMITTED).count(), results.toString());
        assertEquals(callers - BUDGET, results.stream().filter(o -> o == Outcome.SUPPRESSED).count());
    }

    private static int totalMails(List<ObjectNode> events) {
        return events.stream().mapToInt(e -> mailsToKey(e.get("customer").get("email").asText())).sum();
    }

    private double suppressedForBudget() {
        return registry.counter(MailMetrics.SUPPRESSED, "reason", SuppressionReason.BUDGET.tag()).count();
    }
}
