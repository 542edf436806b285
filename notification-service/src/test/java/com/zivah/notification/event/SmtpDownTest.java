package com.zivah.notification.event;

import static com.zivah.notification.event.QuoteEvents.deadLetters;
import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.freshContact;
import static com.zivah.notification.event.QuoteEvents.publish;
import static com.zivah.notification.event.QuoteEvents.publishContact;
import static com.zivah.notification.event.QuoteEvents.quoteNumber;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.service.DeliveryService;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fault drill "SMTP down": the server is away for longer than the Kafka consumer's whole retry budget (%test:
 * 3 attempts within ~0.5 s), events keep coming, then it is back. Every mail of every kind arrives exactly once,
 * nothing goes to the dead-letter topic, and readiness stays UP throughout (mail waits in the queue).
 */
@QuarkusTest
@TestProfile(SmtpOutage.Profile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
class SmtpDownTest {

    private static final int QUOTES = 6;
    private static final int CONTACTS = 3;

    @Inject
    DeliveryService deliveries;

    @TestHTTPResource(value = "/health/ready", management = true) // relative to the management root /q
    URL ready;

    @AfterAll
    static void serverAway() {
        SmtpOutage.stop();
    }

    @Test
    void everyMailArrivesOnceAfterAnOutageLongerThanTheConsumerRetries() {
        SmtpOutage.stop();
        List<ObjectNode> quotes = new ArrayList<>();
        List<ObjectNode> contacts = new ArrayList<>();
        for (int i = 0; i < QUOTES; i++) {
            quotes.add(fresh(i % 2 == 0 ? "es" : "en"));
        }
        for (int i = 0; i < CONTACTS; i++) {
            contacts.add(freshContact(i % 2 == 0 ? "es" : "en"));
        }
        long outageStart = System.nanoTime();
        quotes.forEach(QuoteEvents::publish);
        contacts.forEach(QuoteEvents::publishContact);
        publish(quotes.get(0)); // a duplicate delivery of one event
        publishContact(contacts.get(0));

        // every mail queued and tried at least twice while the server is away: PENDING with the error, not dead
        await().atMost(Duration.ofSeconds(30)).until(() -> all(quotes, contacts), rows -> rows.size() == 2 * (QUOTES + CONTACTS)
                && rows.stream().allMatch(d -> d.status() == DeliveryStatus.PENDING && d.attempts() >= 2
                && d.lastError() != null && !d.lastError().isBlank()));
        // longer than the consumer's retry budget many times over
        Duration outage = Duration.ofSeconds(4);
        long waited = System.nanoTime() - outageStart;
        if (waited < outage.toNanos()) {
            await().pollDelay(Duration.ofNanos(outage.toNanos() - waited)).atMost(outage.plusSeconds(1)).until(() -> true);
        }
        given().when().get(ready).then().statusCode(200)
                .body("checks.find { it.name == 'Kafka consumers joined' }.status", equalTo("UP"));
        assertTrue(all(quotes, contacts).stream().allMatch(d -> d.status() == DeliveryStatus.PENDING), "nothing given up");

        SmtpOutage.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> all(quotes, contacts),
                rows -> rows.stream().allMatch(d -> d.status() == DeliveryStatus.SENT));
        // a late or doubled send would come within a backoff (max 1 s in %test): wait past it, then count
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        for (ObjectNode quote : quotes) {
            assertEquals(1, SmtpOutage.receivedTo(email(quote)).size(), "one confirmation for " + quoteNumber(quote));
            assertEquals(1, SmtpOutage.receivedWithSubjectContaining("Nueva solicitud de cotización " + quoteNumber(quote)).size(),
                    "one sales alert for " + quoteNumber(quote));
        }
        for (ObjectNode contact : contacts) {
            String reference = contact.get("reference").asText();
            assertEquals(1, SmtpOutage.receivedTo(contact.get("sender").get("email").asText()).size(), "one auto-reply " + reference);
            assertEquals(1, SmtpOutage.receivedWithSubjectContaining("Nuevo mensaje de contacto " + reference).size(),
                    "one sales alert for " + reference);
        }
        assertEquals(2 * (QUOTES + CONTACTS), SmtpOutage.received().size(), "no other mail");

        List<String> eventIds = new ArrayList<>();
        quotes.forEach(q -> eventIds.add(q.get("eventId").asText()));
        contacts.forEach(c -> eventIds.add(c.get("eventId").asText()));
        assertTrue(deadLetters().stream().noneMatch(r -> eventIds.stream().anyMatch(id -> r.value().contains(id))),
                "an SMTP outage is not a poison message");
    }

    @Test
    void readinessDoesNotDependOnSmtp() {
        SmtpOutage.stop();
        // warm (the first call loads classes), and wait out the start: "Kafka consumers joined" is DOWN until every
        // consumer group (now also the settings kit's) has its partitions; SMTP is down all along
        await().atMost(Duration.ofSeconds(30)).until(() -> given().when().get(ready).statusCode() == 200);
        long start = System.nanoTime();
        given().when().get(ready).then().statusCode(200);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000, "answers within 1 s");
    }

    private List<DeliveryView> all(List<ObjectNode> quotes, List<ObjectNode> contacts) {
        List<DeliveryView> rows = new ArrayList<>();
        quotes.forEach(q -> rows.addAll(deliveries.ofEvent(UUID.fromString(q.get("eventId").asText()))));
        contacts.forEach(c -> rows.addAll(deliveries.ofEvent(UUID.fromString(c.get("eventId").asText()))));
        return rows;
    }
}
