package com.zivah.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault drills on the whole running system: buyers keep submitting RFQs through the gateway while
 * PostgreSQL, then the Kafka broker, is killed (-9, the whole process group) and started again by {@code ./zivah up}
 * (which starts what crashed). A buyer's client does what a browser form does: it retries a 503/502/504 or a broken
 * connection with the same {@code Idempotency-Key} after {@code Retry-After}. Asserted: never a 500; every RFQ is
 * accepted in the end; every accepted RFQ gets exactly one confirmation in the buyer's inbox and exactly one alert in
 * the sales inbox.
 */
@ExtendWith(LocalStack.class)
class FaultDrillTest {

    /** The demo catalog's site setting {@code sales-notification-email}. */
    private static final String SALES = "ventas@zivah.com";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static long productId;

    @BeforeAll
    static void aQuotableProduct() {
        productId = given().baseUri(LocalStack.GATEWAY).get("/api/catalog/products?size=1")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        // quote-service learns the catalog from Kafka: on a fresh stack the product may take a moment to be quotable
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> submitOnce(newRfq()).status == 201);
    }

    @Test
    void postgresKilledAndRestartedUnderSubmissionsLosesNoRfqAndNoMail() throws Exception {
        drill("postgres");
    }

    @Test
    void kafkaKilledAndRestartedUnderSubmissionsLosesNoRfqAndNoMail() throws Exception {
        drill("kafka");
    }

    private void drill(String component) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Rfq> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean submitting = new AtomicBoolean(true);
        ExecutorService buyers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            running.add(buyers.submit(() -> {
                while (submitting.get()) {
                    Rfq rfq = newRfq();
                    accepted.add(submitUntilAccepted(rfq, statuses));
                    pause(Duration.ofMillis(500)); // ~8 RFQs/s from 4 buyers
                }
                return null;
            }));
        }
        try {
            pause(Duration.ofSeconds(4));
            killGroup(component);
            pause(Duration.ofSeconds(3)); // down for a while, submissions keep coming
            LocalStack.LauncherRun up = LocalStack.launcher(null, "up", "--no-build");
            assertEquals(0, up.exit(), up.output());
            assertTrue(up.output().contains("crashed: " + component), up.output());
            pause(Duration.ofSeconds(4));
        } finally {
            submitting.set(false);
            for (Future<?> f : running) {
                f.get(3, TimeUnit.MINUTES);
            }
            buyers.shutdownNow();
        }

        System.out.printf("FaultDrillTest %s: %d RFQs accepted, answers seen %s%n", component, accepted.size(), statuses);
        assertTrue(!statuses.containsKey(500), "never a 500: " + statuses);
        assertTrue(accepted.size() >= 20, "the buyers kept submitting: " + accepted.size());

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> accepted.stream().allMatch(r -> mails(r.email, r.quoteNumber) >= 1));
        List<String> sales = salesMails();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> accepted.stream().allMatch(r -> count(salesMails(), r.quoteNumber) >= 1));
        // a second mail of the same RFQ (a redelivered event, a replayed submission) would follow within seconds
        pause(Duration.ofSeconds(5));
        sales = salesMails();
        for (Rfq rfq : accepted) {
            assertEquals(1, mails(rfq.email, rfq.quoteNumber), "one confirmation for " + rfq.quoteNumber);
            assertEquals(1, mails(rfq.email, ""), "one mail at all for " + rfq.email);
            assertEquals(1, count(sales, rfq.quoteNumber), "one sales alert for " + rfq.quoteNumber);
        }
    }

    /** One buyer's RFQ: a unique address and the idempotency key its form would carry. */
    private static final class Rfq {
        final String email = "drill-" + UUID.randomUUID() + "@example.com";
        final String key = UUID.randomUUID().toString();
        String quoteNumber;

        String body() {
            return """
                    {"customer":{"name":"Drill Buyer","email":"%s","country":"ES"},"locale":"es",
                     "items":[{"productId":%d,"quantity":1000}]}
                    """.formatted(email, productId);
        }
    }

    private record Answer(int status, String body, long retryAfterSeconds) {
    }

    private static Rfq newRfq() {
        return new Rfq();
    }

    /** Submits, and on a temporary failure submits again with the same key, as long as it takes (up to 2 min). */
    private static Rfq submitUntilAccepted(Rfq rfq, Map<Integer, Integer> statuses) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Answer answer = submitOnce(rfq);
            statuses.merge(answer.status, 1, Integer::sum);
            if (answer.status == 201) {
                rfq.quoteNumber = JsonPath.from(answer.body).getString("quoteNumber");
                return rfq;
            }
            if (answer.status != 503 && answer.status != 502 && answer.status != 504 && answer.status != -1) {
                throw new AssertionError("unexpected answer " + answer.status + ": " + answer.body);
            }
            pause(Duration.ofSeconds(Math.max(1, answer.retryAfterSeconds)));
        }
        throw new AssertionError("not accepted within 2 minutes: " + rfq.email);
    }

    private static Answer submitOnce(Rfq rfq) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + "/api/quotes"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", rfq.key)
                .POST(HttpRequest.BodyPublishers.ofString(rfq.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            return new Answer(response.statusCode(), response.body(), retryAfter);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), 1); // the connection broke: the same as a browser's network error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL to the component's whole process group (PostgreSQL: the launcher's wrapper and the server). */
    private static void killGroup(String component) throws Exception {
        long pid = Long.parseLong(Files.readString(LocalStack.home().resolve("run/" + component + ".pid")).strip());
        ProcessHandle leader = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start().waitFor();
        leader.onExit().get(30, TimeUnit.SECONDS);
    }

    /** The buyer's messages that contain {@code text}. */
    private static int mails(String address, String text) {
        return count(inbox(address), text);
    }

    private static List<String> salesMails() {
        return inbox(SALES);
    }

    private static List<String> inbox(String address) {
        String inbox = given().baseUri(LocalStack.MAIL_API).get("/api/user/" + address + "/messages/INBOX").asString();
        if (!inbox.trim().startsWith("[")) {
            return List.of(); // GreenMail answers an object for an address that received nothing yet
        }
        return JsonPath.from(inbox).getList("$").stream().map(String::valueOf).toList();
    }

    private static int count(List<String> messages, String text) {
        return (int) messages.stream().filter(m -> m.contains(text)).count();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // the drill's own pacing (a buyer's think time, an outage's length)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
