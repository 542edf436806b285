package com.zivah.quote.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.outbox.Outbox;
import com.zivah.quote.drill.DrillDatabase;
import com.zivah.testsupport.JsonLogFile;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Fault drill (issue 8): under many concurrent commits that enqueue events, the relay logged "Could not commit
 * transaction" / "Enlisted connection used without active transaction". The after-commit trigger ran the drain on a
 * context-propagating executor, which carried the caller's finished JTA transaction into the drain thread.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class OutboxRelayTransactionWarningsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "zivah.test.relay-warnings.v1";
    private static final int THREADS = 16;
    private static final int COMMITS_PER_THREAD = 40;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Test
    void concurrentCommitsAreRelayedWithoutTransactionWarnings() throws Exception {
        JsonLogFile log = new JsonLogFile(Path.of("target", "quote-service-test-log.json"));
        int linesBefore = log.lines().size();
        String run = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < COMMITS_PER_THREAD; i++) {
                        int n = i;
                        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(TOPIC, run + "-" + thread,
                                "RelayProbe", UUID.randomUUID(), Map.of("thread", thread, "n", n)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        DrillDatabase db = new DrillDatabase(dataSource);
        int total = THREADS * COMMITS_PER_THREAD;
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count(
                "select count(*) from outbox_event where topic = ? and event_key like ? and published_at is not null",
                TOPIC, run + "-%") == total);
        // the warnings come at the end of a drain pass: once a later commit's event is published, every pass
        // before it has finished (one drain loop per instance) and written what it had to say
        long marker = System.currentTimeMillis();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(TOPIC, run + "-last", "RelayProbe",
                UUID.randomUUID(), Map.of("last", marker)));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from outbox_event where topic = ? and event_key = ? and published_at is not null",
                TOPIC, run + "-last") == 1);

        List<String> warnings = new ArrayList<>();
        List<String> lines = log.lines();
        for (String line : lines.subList(Math.min(linesBefore, lines.size()), lines.size())) {
            JsonNode record = json(line);
            String level = record.path("level").asText();
            String logger = record.path("loggerName").asText();
            if ((level.equals("WARN") || level.equals("ERROR"))
                    && (logger.startsWith("com.arjuna") || logger.startsWith("io.agroal")
                    || logger.startsWith("io.quarkus.narayana") || logger.startsWith("com.zivah.platform.outbox")
                    || logger.startsWith("org.hibernate"))) {
                warnings.add(logger + ": " + record.path("message").asText());
            }
        }
        assertEquals(List.of(), warnings, warnings.size() + " transaction warnings for " + total + " commits");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }
}
