package com.zivah.quote.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.quote.drill.DrillDatabase;
import com.zivah.testsupport.JsonLogFile;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Fault drill (issue 8): under many concurrent RFQ submissions (a security scan's load), the relay logged "Could not commit
 * transaction" / "Enlisted connection used without active transaction". The after-commit trigger ran the drain on a
 * context-propagating executor, which carried the caller's finished JTA transaction into the drain thread.
 * With that relay this load (1,920 RFQs from 48 clients) logged "ARJUNA012094: Commit of action id … invoked while
 * multiple threads active within it", "XA_RBROLLBACK" and the relay's "Could not commit transaction".
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class OutboxRelayTransactionWarningsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 48;
    private static final int COMMITS_PER_THREAD = 40;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/quotes")
    URI quotes;

    @Test
    void concurrentSubmissionsAreRelayedWithoutTransactionWarnings() throws Exception {
        JsonLogFile log = new JsonLogFile(Path.of("target", "quote-service-test-log.json"));
        int linesBefore = log.lines().size();
        DrillDatabase db = new DrillDatabase(dataSource);
        long product = db.product();
        String email = "relay-" + UUID.randomUUID() + "@example.com";
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS * COMMITS_PER_THREAD; i++) {
                statuses.add(pool.submit(() -> http.send(HttpRequest.newBuilder(quotes)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(DrillDatabase.rfq(email, product))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdown();
        }
        int total = THREADS * COMMITS_PER_THREAD;
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from outbox_event e"
                + " join quote q on q.quote_number = e.event_key where q.customer_email = ? and e.published_at is not null",
                email) == total);
        // the warnings come at the end of a drain pass: once a later commit's event is published, every pass
        // before it has finished (one drain loop per instance) and written what it had to say
        String last = http.send(HttpRequest.newBuilder(quotes).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(DrillDatabase.rfq(email, product))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String lastNumber = JSON.readTree(last).path("quoteNumber").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from outbox_event where event_key = ? and published_at is not null", lastNumber) == 1);

        List<String> warnings = new ArrayList<>();
        List<String> lines = log.lines();
        for (String line : lines.subList(Math.min(linesBefore, lines.size()), lines.size())) {
            JsonNode record = json(line);
            String level = record.path("level").asText();
            String logger = record.path("loggerName").asText();
            String message = record.path("message").asText();
            if ((level.equals("WARN") || level.equals("ERROR"))
                    && (logger.startsWith("com.arjuna") || logger.startsWith("io.agroal")
                    || logger.startsWith("io.quarkus.narayana") || logger.startsWith("org.hibernate")
                    || message.contains("Outbox relay pass failed") || message.toLowerCase().contains("transaction"))) {
                warnings.add(logger + ": " + message);
            }
        }
        assertEquals(List.of(), warnings, warnings.size() + " transaction warnings for " + total + " submissions");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }
}
