package com.zivah.notification.event;

import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.mailsTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PackagedService;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fault drill "notification-service killed with -9 mid-stream": the packaged service ({@code target/quarkus-app},
 * a process of its own; hence failsafe, after package) is the only consumer and sender (this test's own instance
 * has its consumers and sender off and only provides the test servers). It is killed while 50 events come in and
 * started again with the same instance id: it reports ready only once its consumers joined their groups, consumes
 * again within seconds (static membership: no wait for the dead member's session), and every one of the 50
 * confirmations arrives exactly once — as one Message-ID: a mail the killed instance had handed over without
 * recording it is handed over again with the same Message-ID (the at-least-once window of SMTP).
 */
@QuarkusTest
@TestProfile(KillRestartIT.ObserverOnly.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class KillRestartIT {

    private static final int EVENTS = 50;

    /** This test's instance neither consumes nor sends: the packaged process does. */
    public static class ObserverOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.quote-submitted.enabled", "false",
                    "mp.messaging.incoming.contact-received.enabled", "false",
                    "zivah.mail.sender.enabled", "false");
        }
    }

    private static PackagedService service;

    @AfterAll
    static void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void killedMidStreamAndRestartedItConsumesAgainWithinSecondsAndMailsEachEventOnce() throws Exception {
        service = PackagedService.start("kill-restart", "NOTIFICATION_DB_PASSWORD", Map.of(
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(GreenMailResource.greenMail().getSmtp().getPort()),
                "QUARKUS_MAILER_START_TLS", "DISABLED",
                "ZIVAH_INSTANCE_ID", "kill-restart-it")); // the same static membership across the restart
        service.awaitReady(Duration.ofSeconds(120), KillRestartIT::joined);

        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(fresh("es"));
        }
        for (int i = 0; i < EVENTS / 2; i++) {
            QuoteEvents.publish(events.get(i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> delivered(events) >= 5);
        service.kill(); // SIGKILL: no shutdown, no leave-group
        int beforeRestart = delivered(events);
        for (int i = EVENTS / 2; i < EVENTS; i++) {
            QuoteEvents.publish(events.get(i));
        }

        long started = System.nanoTime();
        service.restart();
        Duration toReady = service.awaitReady(Duration.ofSeconds(120), KillRestartIT::joined);
        long readyAt = System.nanoTime();
        // consuming again: a confirmation of the second half arrives within seconds of readiness
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered(events.subList(EVENTS / 2, EVENTS)) > 0);
        Duration readyToConsuming = Duration.ofNanos(System.nanoTime() - readyAt);
        await().atMost(Duration.ofSeconds(60)).until(() -> delivered(events) == EVENTS);
        // a late duplicate (a redelivered record, a lease expiring) would follow within the poll interval: wait past it
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        int handOffs = 0;
        for (ObjectNode event : events) {
            List<jakarta.mail.internet.MimeMessage> mails = mailsTo(email(event));
            handOffs += mails.size();
            // a mail the killed instance handed over but could not record as SENT is handed over again after the
            // restart, with the same Message-ID (one message for the mailbox); anything else is one hand-off
            assertEquals(1, mails.stream().map(KillRestartIT::messageId).distinct().count(),
                    "exactly one confirmation (one Message-ID) for " + event.get("quoteNumber"));
        }
        System.out.printf("KillRestartIT: %d of %d mailed before the kill; restart -> ready %d ms, ready -> consuming %d ms;"
                + " %d SMTP hand-offs for %d confirmations%n",
                beforeRestart, EVENTS, toReady.toMillis(), readyToConsuming.toMillis(), handOffs, EVENTS);
        assertTrue(handOffs - EVENTS <= 16, "only mails in flight at the kill (at most the sender's concurrency) twice");
        assertTrue(Duration.ofNanos(readyAt - started).toSeconds() < 60, "ready within a minute of the start");
    }

    private static String messageId(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int delivered(List<ObjectNode> events) {
        return (int) events.stream().filter(e -> !mailsTo(email(e)).isEmpty()).count();
    }

    /** Readiness never claims more than it knows: every 200 says the consumers joined. */
    private static boolean joined(String readiness) {
        return readiness.contains("\"quote-submitted\": \"joined\"") || readiness.contains("\"quote-submitted\":\"joined\"");
    }
}
