package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.conforming;
import static com.zivah.notification.event.QuoteEvents.freshTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.platform.inbox.EventReader;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The queue under load: 200 quotes queued at once by 8 threads (400 mails), then a backlog of 2,000 due rows drained by
 * the sender through its concurrent SMTP connections; each mail delivered exactly once. The rates are printed (figures
 * for docs/benchmarks.md, not asserted: the machine is shared).
 */
@QuarkusTest
@TestProfile(SenderThroughputTest.NoLimits.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class SenderThroughputTest {

    private static final int QUOTES = 200;
    private static final int BACKLOG = 2000;

    public static class NoLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zivah.mail.budget.max", "1000000");
        }
    }

    @Inject
    MailQueue queue;

    @Inject
    EventReader reader;

    @Inject
    EntityManager em;

    private int count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).intValue());
    }

    @Test
    void aBacklogIsDrainedOnceThroughConcurrentConnections() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<QuoteSubmitted> events = new ArrayList<>();
        for (int i = 0; i < QUOTES; i++) {
            events.add(reader.parse(conforming(freshTo("tp-" + run + "-" + i + "@example.com")), QuoteSubmitted.class));
        }
        int before = GreenMailResource.greenMail().getReceivedMessages().length;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        try {
            List<Future<?>> queued = new ArrayList<>();
            for (QuoteSubmitted event : events) {
                queued.add(pool.submit(() -> queue.acceptQuote(event)));
            }
            for (Future<?> f : queued) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long queuedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> GreenMailResource.greenMail().getReceivedMessages().length - before >= 2 * QUOTES);
        long done = System.nanoTime();
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(2 * QUOTES, GreenMailResource.greenMail().getReceivedMessages().length - before, "each mail once");
        System.out.printf("SenderThroughputTest: %d quotes queued (8 threads) in %d ms, their %d mails all accepted after %d ms%n",
                QUOTES, (queuedAt - start) / 1_000_000, 2 * QUOTES, (done - start) / 1_000_000);
        assertEquals(QUOTES, count("select count(*) from mail_delivery where status = 'SENT' and kind = 'QUOTE_CONFIRMATION' "
                + "and recipient like 'tp-" + run + "-%'"));

        // the sender alone: a backlog of BACKLOG due rows appears at once (one SQL insert), drained by the sender
        int mailsBefore = GreenMailResource.greenMail().getReceivedMessages().length;
        long backlogStart = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into mail_delivery (event_id, kind, template, recipient, recipient_key, subject, locale, status,
                    attempts, created_at, updated_at, next_attempt_at, give_up_at, html_body, text_body, admitted_at)
                select gen_random_uuid(), 'QUOTE_CONFIRMATION', 'quote-confirmation', 'bl-' || ?1 || '-' || g || '@example.com',
                    'bl-' || ?1 || '-' || g || '@example.com', 'Backlog ' || g, 'es', 'PENDING', 0, now(), now(), now(),
                    now() + interval '1 hour', '<p>backlog ' || g || '</p>', 'backlog ' || g, now()
                from generate_series(1, ?2) g
                """).setParameter(1, run).setParameter(2, BACKLOG).executeUpdate());
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
                .until(() -> GreenMailResource.greenMail().getReceivedMessages().length - mailsBefore >= BACKLOG);
        double seconds = (System.nanoTime() - backlogStart) / 1e9;
        System.out.printf("SenderThroughputTest: backlog of %d mails drained in %.1f s: %.0f mails/s (concurrency %s)%n",
                BACKLOG, seconds, BACKLOG / seconds,
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("zivah.mail.sender.concurrency", String.class));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from mail_delivery where status = 'SENT' "
                + "and recipient like 'bl-" + run + "-%'") == BACKLOG);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(BACKLOG, GreenMailResource.greenMail().getReceivedMessages().length - mailsBefore, "each mail once");
    }
}
