package com.zivah.deploy.dlq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record dead-lettered by a consumer (SmallRye's headers), then replayed: a dry run lists it and changes nothing;
 * the replay puts it on its original topic once, with key, value and headers plus {@code replayed-from}; a second
 * replay finds nothing new (the replay group's committed offsets); a record without origin is skipped.
 */
class DlqReplayTest {

    private static KafkaClusterTestKit kafka;

    @BeforeAll
    static void broker() throws Exception {
        Exit.setHaltProcedure((status, message) -> { });
        Exit.setExitProcedure((status, message) -> { });
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
    }

    @Test
    void aDeadLetteredRecordIsReplayedOnceToItsOriginalTopic() throws Exception {
        String dlq = "test.dlq." + UUID.randomUUID();
        String original = "test.original." + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-topic", original.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", "database away".getBytes(StandardCharsets.UTF_8));
        headers.add("request-id", "req-42".getBytes(StandardCharsets.UTF_8));
        send(new ProducerRecord<>(dlq, null, "ZQ-2026-000042", "{\"eventId\":\"e-1\"}", headers));
        send(new ProducerRecord<>(dlq, "orphan", "{}")); // no origin header

        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        DlqReplay.Result dry = new DlqReplay(kafka.bootstrapServers(), new PrintStream(listing, true)).replay(dlq, true);
        assertEquals(1, dry.replayed());
        assertEquals(1, dry.skipped());
        assertTrue(listing.toString().contains("ZQ-2026-000042 -> " + original), listing.toString());
        assertEquals(List.of(), read(original, Duration.ofSeconds(3)), "a dry run publishes nothing");

        DlqReplay.Result run = new DlqReplay(kafka.bootstrapServers(), new PrintStream(new ByteArrayOutputStream())).replay(dlq, false);
        assertEquals(1, run.replayed());
        assertEquals(1, run.skipped());

        List<ConsumerRecord<String, String>> replayed = read(original, Duration.ofSeconds(5));
        assertEquals(1, replayed.size());
        ConsumerRecord<String, String> r = replayed.get(0);
        assertEquals("ZQ-2026-000042", r.key());
        assertEquals("{\"eventId\":\"e-1\"}", r.value());
        assertEquals("req-42", header(r, "request-id"));
        assertNotNull(header(r, "replayed-from"));
        assertTrue(header(r, "replayed-from").startsWith(dlq + "-0@"), header(r, "replayed-from"));

        DlqReplay.Result again = new DlqReplay(kafka.bootstrapServers(), new PrintStream(new ByteArrayOutputStream())).replay(dlq, false);
        assertEquals(0, again.replayed(), "committed: nothing is replayed twice");
        assertEquals(1, read(original, Duration.ofSeconds(3)).size());
    }

    @Test
    void anUnknownTopicReplaysNothing() throws Exception {
        DlqReplay.Result run = new DlqReplay(kafka.bootstrapServers(), new PrintStream(new ByteArrayOutputStream()))
                .replay("test.none." + UUID.randomUUID(), false);
        assertEquals(0, run.replayed());
    }

    private static void send(ProducerRecord<String, String> record) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }
    }

    private static List<ConsumerRecord<String, String>> read(String topic, Duration during) {
        Properties c = new Properties();
        c.put("bootstrap.servers", kafka.bootstrapServers());
        c.put("group.id", "test-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + during.toMillis();
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
