package com.zivah.quote.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.quote.drill.DrillDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Fault drill (issue 8): PostgreSQL restarts while RFQs keep coming. A lost connection is a 503 with Retry-After,
 * never a 500; every accepted RFQ is stored once with one event in the outbox; submissions succeed again afterwards.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class DatabaseRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 4;

    @TestHTTPResource("/api/quotes")
    URI quotes;

    @Inject
    DataSource dataSource;

    record Answer(int status, String retryAfter, String quoteNumber, String body, boolean afterRestart) {
    }

    @Test
    void aRestartDuringSubmissionsGivesOnly201Or503AndEveryAcceptedQuoteOnceWithOneEvent() throws Exception {
        DrillDatabase db = new DrillDatabase(dataSource);
        long product = db.product();
        String email = "restart-" + UUID.randomUUID() + "@example.com";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger createdAfterRestart = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            loops.add(clients.submit(() -> {
                while (!stop.get()) {
                    boolean after = restarted.get();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(quotes).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(DrillDatabase.rfq(email, product))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    String number = r.statusCode() == 201 ? JSON.readTree(r.body()).path("quoteNumber").asText() : null;
                    answers.add(new Answer(r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), number,
                            r.body(), after));
                    if (after && r.statusCode() == 201) {
                        createdAfterRestart.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream().filter(a -> a.status() == 201).count() >= 20);
            PostgresResource.restart(3000);
            restarted.set(true);
            await().atMost(Duration.ofSeconds(60)).until(() -> createdAfterRestart.get() >= 20);
        } finally {
            stop.set(true);
            clients.shutdown();
        }
        for (Future<?> loop : loops) {
            loop.get();
        }

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        System.out.println("database restart drill: answers by status " + byStatus);
        for (Answer a : answers) {
            assertTrue(a.status() == 201 || a.status() == 503, "only 201 or 503, got " + a.status() + ": " + a.body());
            if (a.status() == 503) {
                assertEquals("1", a.retryAfter(), "a 503 says when to retry");
                assertTrue(a.body().contains("Service temporarily unavailable"), a.body());
            }
        }
        assertTrue(byStatus.getOrDefault(503, 0L) > 0, "the restart was felt by some submissions: " + byStatus);

        List<String> accepted = answers.stream().filter(a -> a.status() == 201).map(Answer::quoteNumber).toList();
        assertEquals(accepted.size(), accepted.stream().distinct().count(), "one quote number per 201");
        for (String number : accepted) {
            assertEquals(1, db.count("select count(*) from quote where quote_number = ?", number), "stored once: " + number);
        }
        // a submission whose commit went through but whose answer was lost may be stored too; each stored quote
        // (accepted or not) has exactly one event
        List<Object[]> stored = db.rows("select q.quote_number, (select count(*) from outbox_event e"
                + " where e.event_key = q.quote_number) from quote q where q.customer_email = ?", email);
        assertTrue(stored.size() >= accepted.size(), "stored " + stored.size() + " for " + accepted.size() + " accepted");
        for (Object[] row : stored) {
            assertEquals(1L, ((Number) row[1]).longValue(), "events of quote " + row[0]);
        }
        assertTrue(answers.stream().anyMatch(a -> a.afterRestart() && a.status() == 201), "submissions succeed again");
        // and the relay published them after the restart too
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from outbox_event e join quote q"
                + " on q.quote_number = e.event_key where q.customer_email = ? and e.published_at is null", email) == 0);
    }
}
