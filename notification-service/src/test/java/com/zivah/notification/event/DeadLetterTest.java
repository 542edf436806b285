package com.zivah.notification.event;

import static com.zivah.notification.event.QuoteEvents.deadLetters;
import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.mailsTo;
import static com.zivah.notification.event.QuoteEvents.publish;
import static com.zivah.notification.event.QuoteEvents.publishPoison;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.service.DeliveryService;
import com.zivah.platform.paging.PageRequest;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class DeadLetterTest {

    @Inject
    DeliveryService deliveries;

    @Test
    void unreadableRecordIsDeadLetteredAndLaterEventsAreStillMailed() {
        String key = "poison-" + UUID.randomUUID();
        String poison = "{ this is not json " + key;
        ObjectNode later = fresh("es");

        publishPoison(key, poison);
        publish(later);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email(later)).size() == 1);
        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> findDeadLetter(key), r -> r != null);
        assertEquals(poison, dead.value());
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "reason header for operators");
    }

    @Test
    void eventMissingTheBuyerAddressIsDeadLetteredWithoutDelivery() {
        ObjectNode event = fresh("es");
        ((ObjectNode) event.get("customer")).remove("email");
        String quoteNumber = event.get("quoteNumber").asText();

        publishPoison(quoteNumber, event.toString());

        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> findDeadLetter(quoteNumber), r -> r != null);
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("customer.email"), reason);
        assertEquals(0, deliveries.list(quoteNumber, PageRequest.of(0, 10)).totalItems(), "nothing to log: no mail owed");
    }

    private static ConsumerRecord<String, String> findDeadLetter(String key) {
        return deadLetters().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
    }
}
