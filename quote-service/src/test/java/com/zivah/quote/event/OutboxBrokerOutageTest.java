package com.zivah.quote.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.platform.outbox.Outbox;
import com.zivah.quote.drill.DrillDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault drill (issue 8): the broker goes away for longer than the producer's delivery timeout while events are
 * enqueued. At-least-once, and exactly once in the topic: every event ends up in the topic once, in order per key,
 * and no row is marked published before Kafka acknowledged it (none while the broker is down).
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class OutboxBrokerOutageTest {

    private static final String TOPIC = "zivah.test.broker-outage.v1";
    private static final int KEYS = 5;
    private static final int EVENTS_PER_KEY_BEFORE = 2;
    private static final int EVENTS_PER_KEY_DURING = 4;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "mp.messaging.outgoing.outbox.delivery.timeout.ms")
    long deliveryTimeoutMs;

    @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.block.ms")
    long maxBlockMs;

    private boolean brokerDown;

    @AfterEach
    void brokerBack() {
        if (brokerDown) {
            KafkaResource.startBroker();
        }
    }

    @Test
    void everyEventReachesTheTopicExactlyOnceInKeyOrderAndIsMarkedPublishedOnlyAfterItsAck() throws Exception {
        DrillDatabase db = new DrillDatabase(dataSource);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> before = enqueue(run, 0, EVENTS_PER_KEY_BEFORE);
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(db, run) == 0);

        KafkaResource.stopBroker();
        brokerDown = true;
        Instant down = Instant.now();
        List<UUID> during = enqueue(run, EVENTS_PER_KEY_BEFORE, EVENTS_PER_KEY_DURING);
        // longer than a send can live in the producer (max.block.ms + delivery.timeout.ms) and then some: the
        // relay has seen its sends fail and retried; nothing may be marked published meanwhile
        Duration outage = Duration.ofMillis(maxBlockMs + deliveryTimeoutMs + 10_000);
        await().pollDelay(outage).atMost(outage.plusSeconds(5)).until(() -> true);
        assertEquals(during.size(), unpublished(db, run), "no row is published while the broker is down");
        long failedAttempts = db.count("select coalesce(sum(attempts), 0) from outbox_event where topic = ? and event_key like ?",
                TOPIC, run + "-%");
        assertTrue(failedAttempts > 0, "the relay tried and failed during the outage: " + failedAttempts);

        KafkaResource.startBroker();
        brokerDown = false;
        Instant up = Instant.now();
        await().atMost(Duration.ofMinutes(3)).until(() -> unpublished(db, run) == 0);

        Map<UUID, Instant> publishedAt = new HashMap<>();
        for (Object[] row : db.rows("select id, published_at from outbox_event where topic = ? and event_key like ?",
                TOPIC, run + "-%")) {
            publishedAt.put((UUID) row[0], ((Timestamp) row[1]).toInstant());
        }
        // a copy still buffered in a producer would arrive a little later: give it the time to show up
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        List<ConsumerRecord<String, String>> records = readTopicToTheEnd(run);
        Map<UUID, Integer> copies = new HashMap<>();
        Map<String, List<Integer>> sequencePerKey = new HashMap<>();
        List<String> publishedBeforeRecord = new ArrayList<>();
        Duration maxEarly = Duration.ZERO;
        for (ConsumerRecord<String, String> r : records) {
            UUID id = UUID.fromString(new String(r.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8));
            copies.merge(id, 1, Integer::sum);
            sequencePerKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(sequence(r.value()));
            Instant recordTime = Instant.ofEpochMilli(r.timestamp());
            if (publishedAt.get(id).isBefore(recordTime)) {
                publishedBeforeRecord.add(id + " published " + publishedAt.get(id) + ", record " + recordTime);
                Duration early = Duration.between(publishedAt.get(id), recordTime);
                maxEarly = early.compareTo(maxEarly) > 0 ? early : maxEarly;
            }
        }
        List<UUID> all = new ArrayList<>(before);
        all.addAll(during);
        System.out.printf("broker outage drill: down %s, %d events, %d records (max %d copies of one), %d failed"
                        + " attempts, %d rows published_at before their record (up to %s), all published %s after restart%n",
                Duration.between(down, up), all.size(), records.size(),
                copies.values().stream().mapToInt(Integer::intValue).max().orElse(0), failedAttempts,
                publishedBeforeRecord.size(), maxEarly, Duration.between(up, Instant.now()));

        for (UUID id : all) {
            assertEquals(1, copies.getOrDefault(id, 0), "copies of " + id + " in the topic: " + copies);
        }
        assertEquals(all.size(), records.size(), "records in the topic");
        assertEquals(List.of(), publishedBeforeRecord, "rows marked published before Kafka had the record");
        for (Map.Entry<String, List<Integer>> key : sequencePerKey.entrySet()) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_KEY_BEFORE + EVENTS_PER_KEY_DURING; i++) {
                expected.add(i);
            }
            assertEquals(expected, key.getValue(), "order of key " + key.getKey());
        }
        for (UUID id : during) {
            assertTrue(publishedAt.get(id).isAfter(up), "published after the broker came back: " + id);
        }
    }

    private List<UUID> enqueue(String run, int from, int perKey) {
        List<UUID> ids = new ArrayList<>();
        for (int n = from; n < from + perKey; n++) {
            for (int k = 0; k < KEYS; k++) {
                UUID id = UUID.randomUUID();
                String key = run + "-" + k;
                int sequence = n;
                QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(TOPIC, key, "OutageProbe", id,
                        Map.of("sequence", sequence)));
                ids.add(id);
            }
        }
        return ids;
    }

    private static long unpublished(DrillDatabase db, String run) {
        return db.count("select count(*) from outbox_event where topic = ? and event_key like ? and published_at is null",
                TOPIC, run + "-%");
    }

    private static int sequence(String payload) {
        return Integer.parseInt(payload.replaceAll(".*\"sequence\":(\\d+).*", "$1"));
    }

    /** Every record of this run, read up to the end offsets taken after all rows were published. */
    private static List<ConsumerRecord<String, String>> readTopicToTheEnd(String run) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaResource.bootstrapServers());
        p.put("group.id", "outage-drill-" + run);
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        p.put("isolation.level", "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> ours = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + TOPIC + " to its end " + end);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && r.key().startsWith(run + "-")) {
                        ours.add(r);
                    }
                }
            }
            return ours;
        }
    }
}
