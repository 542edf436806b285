package com.zivah.deploy.dlq;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./zivah dlq replay <dlq-topic> [--dry-run]}: puts dead-lettered records back on the topic they came from
 * (SmallRye's {@code dead-letter-topic} header), with their key, value and headers, plus
 * {@code replayed-from: <dlq>-<partition>@<offset>}. Reads from the committed offsets of the replay group
 * {@code zivah-dlq-replay.<dlq-topic>} up to the end offsets seen at the start (a record dead-lettered again during
 * the run waits for the next run), and commits each batch once the broker acknowledged every republished record —
 * so a run that dies is resumed by the next one, and a record may be replayed twice but never skipped. The
 * consumers are idempotent (processed_event), so a replay is safe. {@code --dry-run} lists and changes nothing.
 * docs/operations/dead-letters.md.
 */
public final class DlqReplay {

    public static final String ORIGINAL_TOPIC_HEADER = "dead-letter-topic";
    public static final String REPLAYED_FROM_HEADER = "replayed-from";

    /** What a run did. */
    public record Result(int replayed, int skipped, Map<String, Integer> byTopic) {
    }

    private final String bootstrap;
    private final PrintStream out;

    public DlqReplay(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    public static String groupOf(String dlqTopic) {
        return "zivah-dlq-replay." + dlqTopic;
    }

    public Result replay(String dlqTopic, boolean dryRun) throws InterruptedException {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupOf(dlqTopic));
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        int replayed = 0;
        int skipped = 0;
        Map<String, Integer> byTopic = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = dryRun ? null
                     : new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionInfo> infos = consumer.partitionsFor(dlqTopic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                out.printf("%s: no such topic (nothing dead-lettered yet)%n", dlqTopic);
                return new Result(0, 0, byTopic);
            }
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> next = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata at = committed.get(tp);
                long from = at == null ? beginning.get(tp) : Math.max(at.offset(), beginning.get(tp));
                consumer.seek(tp, from);
                next.put(tp, from);
            }
            while (partitions.stream().anyMatch(tp -> next.get(tp) < end.get(tp))) {
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(2))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < end.get(tp)) {
                        batch.add(r);
                    }
                }
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> r : batch) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    String where = r.topic() + "-" + r.partition() + "@" + r.offset();
                    String original = header(r, ORIGINAL_TOPIC_HEADER);
                    String key = r.key() == null ? "(no key)" : new String(r.key(), StandardCharsets.UTF_8);
                    if (original == null || original.isBlank() || original.equals(dlqTopic)) {
                        skipped++;
                        out.printf("%s key=%s: skipped, no %s header%n", where, key, ORIGINAL_TOPIC_HEADER);
                    } else {
                        replayed++;
                        byTopic.merge(original, 1, Integer::sum);
                        out.printf("%s key=%s -> %s%s (reason: %s)%n", where, key, original, dryRun ? " [dry run]" : "",
                                header(r, "dead-letter-reason"));
                        if (!dryRun) {
                            RecordHeaders headers = new RecordHeaders();
                            for (Header h : r.headers()) {
                                if (!h.key().equals(REPLAYED_FROM_HEADER)) {
                                    headers.add(h);
                                }
                            }
                            headers.add(REPLAYED_FROM_HEADER, where.getBytes(StandardCharsets.UTF_8));
                            sends.add(producer.send(new ProducerRecord<>(original, null, r.key(), r.value(), headers)));
                        }
                    }
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    next.put(tp, r.offset() + 1);
                }
                if (!dryRun && !done.isEmpty()) {
                    producer.flush();
                    for (Future<RecordMetadata> send : sends) {
                        await(send); // every record acknowledged before its offset is committed
                    }
                    consumer.commitSync(done);
                }
                for (TopicPartition tp : partitions) { // a partition whose tail is a transaction marker
                    if (next.get(tp) < end.get(tp) && consumer.position(tp) >= end.get(tp)) {
                        next.put(tp, end.get(tp));
                    }
                }
            }
        }
        out.printf("%s: %d %s, %d skipped%s%n", dlqTopic, replayed, dryRun ? "to replay" : "replayed", skipped,
                byTopic.isEmpty() ? "" : " " + byTopic);
        return new Result(replayed, skipped, byTopic);
    }

    private static void await(Future<RecordMetadata> send) throws InterruptedException {
        try {
            send.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Republishing failed; nothing of this batch is committed, run again: " + e, e);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
