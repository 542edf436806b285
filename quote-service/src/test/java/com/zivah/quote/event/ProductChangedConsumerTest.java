package com.zivah.quote.event;

import static com.zivah.quote.QuoteTestSupport.awaitRecord;
import static com.zivah.quote.QuoteTestSupport.newProductId;
import static com.zivah.quote.QuoteTestSupport.processed;
import static com.zivah.quote.QuoteTestSupport.send;
import static com.zivah.quote.QuoteTestSupport.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.quote.ProductSnapshot;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class ProductChangedConsumerTest {

    /** The topic of ProductChanged v1 (docs/events): the consumer's channel reads it. */
    static final String TOPIC = "zivah.catalog.product.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A ProductChanged v1 as the catalog publishes it (ProductUpdated, or ProductDeactivated when not active). */
    static String event(UUID eventId, long productId, long version, String nameEs, boolean active) {
        return event(eventId, productId, version, nameEs, active, active ? "ProductUpdated" : "ProductDeactivated",
                false);
    }

    /** The ProductDeleted of a product: its last state, active false, deleted true. */
    static String deleted(UUID eventId, long productId, long version, String nameEs) {
        return event(eventId, productId, version, nameEs, false, "ProductDeleted", true);
    }

    static String event(UUID eventId, long productId, long version, String nameEs, boolean active, String type,
                        boolean deleted) {
        return """
                {"eventId":"%s","occurredAt":"2026-11-25T12:00:00Z","productId":%d,"version":%d,
                 "sku":"ZV-T-%d","slug":"s-%d","categorySlug":"cafe-cacao","nameEs":"%s","nameEn":"EN %s",
                 "unit":"kg","price":4.85,"currency":"USD","priceOnRequest":false,"active":%s,
                 "type":"%s","changedFields":["active"],"descriptionEs":"Descripción","descriptionEn":"Description",
                 "specs":[{"key":"origin","label":{"es":"Origen","en":"Origin"},"value":{"es":"Brasil","en":"Brazil"}}],
                 "minOrderQuantity":100,"stockQuantity":5000,"deleted":%s,"createdAt":"2026-11-20T09:30:00Z"}
                """.formatted(eventId, productId, version, productId, productId, nameEs, nameEs, active, type,
                deleted);
    }

    /** A field a later compatible v1 may add (added to the schema first): the consumer must ignore it. */
    static String withFieldAddedLater(String event) {
        return event.strip().replaceFirst("}$", ",\"someFutureField\":{\"x\":1}}");
    }

    /** Sends a valid ProductChanged v1 (checked against the schema) with the product id as key. */
    static void publish(long productId, String json) {
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, json);
        send(TOPIC, String.valueOf(productId), json);
    }

    /** Sends a record that breaks the contract on purpose (checked: the schema refuses it too). */
    static void publishInvalid(String key, String payload) {
        assertFalse(EventContracts.violations(EventContracts.PRODUCT_CHANGED_V1, payload).isEmpty(),
                "meant to be invalid: " + payload);
        send(TOPIC, key, payload);
    }

    @Test
    void productChangedCreatesAndUpdatesTheSnapshot() {
        long id = newProductId();
        publish(id, event(UUID.randomUUID(), id, 1, "Café verde", true));
        await().atMost(WAIT).until(() -> snapshot(id) != null);
        ProductSnapshot created = snapshot(id);
        assertEquals("ZV-T-" + id, created.sku);
        assertEquals("Café verde", created.nameEs);
        assertEquals("EN Café verde", created.nameEn);
        assertEquals("kg", created.unit);
        assertEquals(0, new BigDecimal("4.85").compareTo(created.price));
        assertEquals("USD", created.currency);
        assertTrue(created.active);
        assertEquals(1, created.version);
        assertEquals(100, created.minOrderQuantity, "the minimum order quantity is kept for the quote's warnings");

        String retired = event(UUID.randomUUID(), id, 2, "Café verde retirado", false);
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, retired);
        send(TOPIC, String.valueOf(id), withFieldAddedLater(retired));
        await().atMost(WAIT).until(() -> snapshot(id).version == 2);
        assertFalse(snapshot(id).active);
        assertEquals("Café verde retirado", snapshot(id).nameEs);
    }

    @Test
    void aDeletedProductIsNoLongerQuotable() {
        long id = newProductId();
        publish(id, event(UUID.randomUUID(), id, 1, "Café por borrar", true, "ProductCreated", false));
        await().atMost(WAIT).until(() -> snapshot(id) != null);
        assertTrue(snapshot(id).active);
        publish(id, deleted(UUID.randomUUID(), id, 2, "Café por borrar"));
        await().atMost(WAIT).until(() -> snapshot(id).version == 2);
        assertFalse(snapshot(id).active, "a deleted product cannot be quoted");
    }

    @Test
    void anOlderVersionDoesNotOverwriteANewerOne() {
        long id = newProductId();
        publish(id, event(UUID.randomUUID(), id, 5, "Version cinco", true));
        await().atMost(WAIT).until(() -> snapshot(id) != null);
        UUID stale = UUID.randomUUID();
        publish(id, event(stale, id, 3, "Version tres", false));
        await().atMost(WAIT).until(() -> processed(stale));
        ProductSnapshot current = snapshot(id);
        assertEquals(5, current.version);
        assertEquals("Version cinco", current.nameEs);
        assertTrue(current.active);
    }

    @Test
    void aDuplicateEventIdIsAppliedOnce() {
        long id = newProductId();
        long sentinel = newProductId();
        UUID eventId = UUID.randomUUID();
        publish(id, event(eventId, id, 2, "Primera entrega", true));
        // A redelivery of the same event id is skipped even if it carried a newer version.
        publish(id, event(eventId, id, 3, "Segunda entrega", true));
        // Same key, so same partition: once this one is applied, the duplicate before it was handled.
        publish(id, event(UUID.randomUUID(), sentinel, 1, "Centinela", true));
        await().atMost(WAIT).until(() -> snapshot(sentinel) != null);
        ProductSnapshot current = snapshot(id);
        assertEquals(2, current.version);
        assertEquals("Primera entrega", current.nameEs);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextMessageIsStillApplied() {
        long id = newProductId();
        String key = String.valueOf(id);
        String poison = "{not json at all " + UUID.randomUUID();
        String incomplete = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"productId\":" + id + "}";
        publishInvalid(key, poison);
        publishInvalid(key, incomplete);
        publish(id, event(UUID.randomUUID(), id, 1, "Tras el veneno", true));

        await().atMost(WAIT).until(() -> snapshot(id) != null);
        assertEquals("Tras el veneno", snapshot(id).nameEs);

        ConsumerRecord<String, String> dead = awaitRecord("zivah.quote.dlq", r -> poison.equals(r.value()), WAIT);
        assertEquals(key, dead.key());
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the DLQ record says why");
        assertEquals(TOPIC, new String(dead.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8));
        awaitRecord("zivah.quote.dlq", r -> incomplete.equals(r.value()), WAIT);
    }

    @Test
    void anInvalidEventLeavesItsProductWithoutSnapshot() {
        long id = newProductId();
        long sentinel = newProductId();
        UUID invalidId = UUID.randomUUID();
        // Everything the table could store, but an empty SKU: the contract and the consumer's record refuse it.
        String invalid = event(invalidId, id, 1, "Sin SKU", true).replace("\"sku\":\"ZV-T-" + id + "\"", "\"sku\":\"\"");
        assertNotEquals(event(invalidId, id, 1, "Sin SKU", true), invalid);
        publishInvalid(String.valueOf(id), invalid);
        // Same key, so same partition: once the sentinel is applied, the invalid record before it was handled.
        publish(id, event(UUID.randomUUID(), sentinel, 1, "Centinela", true));
        await().atMost(WAIT).until(() -> snapshot(sentinel) != null);
        assertNull(snapshot(id), "no snapshot from an invalid event");
        assertFalse(processed(invalidId), "an invalid event is not marked processed");
        awaitRecord("zivah.quote.dlq", r -> invalid.equals(r.value()), WAIT);
    }
}
