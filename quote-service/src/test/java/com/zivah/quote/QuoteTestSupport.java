package com.zivah.quote;

import com.zivah.testsupport.KafkaResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test data and plain Kafka clients shared by the quote-service tests. */
public final class QuoteTestSupport {

    private static final AtomicLong NEXT_PRODUCT = new AtomicLong(
            ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000L) * 100);

    private QuoteTestSupport() {
    }

    /** A product id no other test uses. */
    public static long newProductId() {
        return NEXT_PRODUCT.incrementAndGet();
    }

    /** Puts a product straight into the snapshot (for tests about quotes, not about the consumer). */
    public static long product(String sku, String nameEs, String nameEn, String unit, boolean active) {
        long id = newProductId();
        QuarkusTransaction.requiringNew().run(() -> {
            ProductSnapshot p = new ProductSnapshot();
            p.productId = id;
            p.sku = sku;
            p.nameEs = nameEs;
            p.nameEn = nameEn;
            p.unit = unit;
            p.price = new BigDecimal("4.85");
            p.currency = "USD";
            p.active = active;
            p.version = 1;
            p.updatedAt = Instant.now();
            p.persist();
        });
        return id;
    }

    /**
     * A product on sale with a price ({@code null}: on request) in EUR and a minimum order quantity
     * ({@code null}: none).
     */
    public static long pricedProduct(String sku, String price, Integer minOrderQuantity) {
        long id = newProductId();
        QuarkusTransaction.requiringNew().run(() -> {
            ProductSnapshot p = new ProductSnapshot();
            p.productId = id;
            p.sku = sku;
            p.nameEs = "Producto " + sku;
            p.nameEn = "Product " + sku;
            p.unit = "kg";
            p.price = price == null ? null : new BigDecimal(price);
            p.currency = price == null ? null : "EUR";
            p.priceOnRequest = price == null;
            p.minOrderQuantity = minOrderQuantity;
            p.active = true;
            p.version = 1;
            p.updatedAt = Instant.now();
            p.persist();
        });
        return id;
    }

    public static ProductSnapshot snapshot(long productId) {
        return QuarkusTransaction.requiringNew().call(() -> ProductSnapshot.<ProductSnapshot>findById(productId));
    }

    public static long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    public static boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from processed_event where consumer = 'product-snapshot' and event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    public static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaResource.bootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + topic, e);
        }
    }

    /** Reads {@code topic} from the beginning until a record matches, or fails after {@code timeout}. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                             Duration timeout) {
        Properties c = new Properties();
        c.put("bootstrap.servers", KafkaResource.bootstrapServers());
        c.put("group.id", "test-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        return r;
                    }
                    seen.add(r.key());
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout + "; keys seen: " + seen);
    }
}
