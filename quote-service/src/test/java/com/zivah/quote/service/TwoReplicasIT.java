package com.zivah.quote.service;

import static com.zivah.quote.QuoteTestSupport.pricedProduct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PackagedService;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of quote-service on one database: this test's application (replica A) and the packaged service as a
 * second process (replica B, {@code target/quarkus-app}; hence a failsafe test, after {@code package}). Concurrent
 * submissions spread over both get distinct quote numbers, and one Idempotency-Key sent to both at once creates one
 * quote.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class TwoReplicasIT {

    private static PackagedService replicaB;
    private static int portB;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/quotes")
    URL quotesOnA;

    @BeforeAll
    static void startReplicaB() {
        replicaB = PackagedService.start("replica-b", "QUOTE_DB_PASSWORD", Map.of());
        portB = replicaB.port();
        replicaB.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopReplicaB() throws InterruptedException {
        if (replicaB != null) {
            replicaB.close();
        }
    }

    static String body(long product, String name) {
        return """
                {"customer":{"name":"%s","email":"replicas@example.com","country":"ES"},"locale":"es",
                 "items":[{"productId":%d,"quantity":10,"note":"dos réplicas"}]}
                """.formatted(name, product);
    }

    static long quotesNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from quote where customer_name = ?1")
                .setParameter(1, name).getSingleResult()).longValue());
    }

    /** {@code perReplica} concurrent POSTs to each replica, released together. */
    List<HttpResponse<String>> postToBoth(int perReplica, String body, String idempotencyKey) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI a = quotesOnA.toURI();
        URI b = URI.create("http://127.0.0.1:" + portB + "/api/quotes");
        ExecutorService pool = Executors.newFixedThreadPool(2 * perReplica);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 2 * perReplica; i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(i % 2 == 0 ? a : b)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                if (idempotencyKey != null) {
                    request.header("Idempotency-Key", idempotencyKey);
                }
                HttpRequest built = request.build();
                futures.add(pool.submit(() -> {
                    start.await();
                    return client.send(built, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentSubmissionsOnTwoReplicasGetDistinctNumbers() throws Exception {
        long product = pricedProduct("ZV-2R-" + System.nanoTime(), "1.00", null);
        String name = "Replicas " + System.nanoTime();
        List<HttpResponse<String>> responses = postToBoth(20, body(product, name), null);
        Set<String> numbers = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            assertEquals(201, response.statusCode(), response.body());
            numbers.add(json.readTree(response.body()).get("quoteNumber").asText());
        }
        assertEquals(40, numbers.size(), "every submission has its own number: " + numbers);
        assertEquals(40, quotesNamed(name));
    }

    @Test
    void oneIdempotencyKeyOnBothReplicasAtOnceCreatesOneQuote() throws Exception {
        long product = pricedProduct("ZV-2R-" + System.nanoTime(), "1.00", null);
        String name = "Replicas idem " + System.nanoTime();
        List<HttpResponse<String>> responses = postToBoth(4, body(product, name), UUID.randomUUID().toString());
        Set<String> bodies = new HashSet<>();
        int replayed = 0;
        for (HttpResponse<String> response : responses) {
            assertEquals(201, response.statusCode(), response.body());
            bodies.add(response.body());
            if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                replayed++;
            }
        }
        assertEquals(1, bodies.size(), "the same answer from both replicas: " + bodies);
        assertEquals(7, replayed);
        assertEquals(1, quotesNamed(name), "one quote");
        assertTrue(bodies.iterator().next().contains("\"note\":\"dos réplicas\""));
    }
}
