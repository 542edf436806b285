package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.awaitRecord;
import static com.zivah.quote.QuoteTestSupport.pricedProduct;
import static com.zivah.quote.QuoteTestSupport.rows;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.quote.event.QuoteSubmitted;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Idempotency-Key on POST /api/quotes and POST /api/contact-messages (one implementation for both). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class IdempotencyKeyTest {

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/quotes")
    URL quotesUrl;

    static long product;

    @BeforeEach
    void products() {
        if (product == 0) {
            product = pricedProduct("ZV-IDEM-" + System.nanoTime(), "3.10", 100);
        }
    }

    static String quote(String name, int quantity) {
        return """
                {"customer":{"name":"%s","email":"idem@example.com","country":"ES"},"locale":"en",
                 "items":[{"productId":%d,"quantity":%d,"note":"por palé"}]}
                """.formatted(name, product, quantity);
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static long quotesNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from quote where customer_name = ?1")
                .setParameter(1, name).getSingleResult()).longValue());
    }

    static long eventsFor(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from outbox_event where event_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }

    @Test
    void theSameKeyAndBodyAgainReplaysTheFirstAnswerAndCreatesNothing() {
        String key = key();
        String name = "Replay " + System.nanoTime();
        ExtractableResponse<Response> first = given().header("Idempotency-Key", key).contentType("application/json")
                .body(quote(name, 50))
                .when().post("/api/quotes")
                .then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("warnings[0].code", equalTo("BELOW_MINIMUM_ORDER"))
                .extract();
        // the same request re-serialised differently (key order, whitespace) is the same request
        String reordered = """
                { "items" : [ {"note":"por palé", "quantity":50, "productId":%d} ],
                  "locale":"en", "customer":{"country":"ES","email":"idem@example.com","name":"%s"} }
                """.formatted(product, name);
        ExtractableResponse<Response> again = given().header("Idempotency-Key", key).contentType("application/json")
                .body(reordered)
                .when().post("/api/quotes")
                .then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract();
        assertEquals(first.asString(), again.asString(), "the same body as the first answer");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, quotesNamed(name), "one quote");
        assertEquals(1, eventsFor(first.path("quoteNumber")), "one event");
    }

    @Test
    void concurrentFirstRequestsWithOneKeyCreateExactlyOneQuote() throws Exception {
        String key = key();
        String name = "Concurrent " + System.nanoTime();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(quotesUrl.toURI())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(quote(name, 500), StandardCharsets.UTF_8))
                .build();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                });
            }
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            Set<String> bodies = new HashSet<>();
            int replayed = 0;
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> response = f.get();
                assertEquals(201, response.statusCode(), response.body());
                numbers.add(json.readTree(response.body()).get("quoteNumber").asText());
                bodies.add(response.body());
                if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                    replayed++;
                }
            }
            assertEquals(1, numbers.size(), "every answer names the same quote: " + numbers);
            assertEquals(1, bodies.size(), "every answer is the same body");
            assertEquals(threads - 1, replayed, "all but the first are replays");
            assertEquals(1, quotesNamed(name), "exactly one quote");
            String number = numbers.iterator().next();
            assertEquals(1, eventsFor(number), "exactly one outbox row");
            awaitRecord(QuoteSubmitted.TOPIC, r -> number.equals(r.key()), Duration.ofSeconds(30));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422AndCreatesNothing() {
        String key = key();
        String name = "Changed " + System.nanoTime();
        given().header("Idempotency-Key", key).contentType("application/json").body(quote(name, 10))
                .when().post("/api/quotes").then().statusCode(201);
        long quotes = rows("quote");
        given().header("Idempotency-Key", key).contentType("application/json").body(quote(name, 11))
                .when().post("/api/quotes")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(quotes, rows("quote"));
        assertEquals(1, quotesNamed(name));
    }

    @Test
    void withoutAKeyTwoSubmissionsAreTwoQuotes() {
        String name = "NoKey " + System.nanoTime();
        String a = given().contentType("application/json").body(quote(name, 10))
                .when().post("/api/quotes").then().statusCode(201).extract().path("quoteNumber");
        String b = given().contentType("application/json").body(quote(name, 10))
                .when().post("/api/quotes").then().statusCode(201).extract().path("quoteNumber");
        assertNotEquals(a, b);
        assertEquals(2, quotesNamed(name));
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String key = key();
        String name = "Refused " + System.nanoTime();
        given().header("Idempotency-Key", key).contentType("application/json")
                .body("{\"customer\":{\"name\":\"" + name + "\",\"email\":\"idem@example.com\"},"
                        + "\"items\":[{\"productId\":987654321987,\"quantity\":1}]}")
                .when().post("/api/quotes")
                .then().statusCode(400).body("errors.field", hasItem("items[0].productId"));
        given().header("Idempotency-Key", key).contentType("application/json").body(quote(name, 10))
                .when().post("/api/quotes")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(1, quotesNamed(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space in it 123456", "ñññññññññññññññññññ", "../../../../etc/passwd00",
            "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789X"})
    void aMalformedKeyIsA400NamingTheHeader(String key) {
        long quotes = rows("quote");
        for (String path : new String[] {"/api/quotes", "/api/contact-messages"}) {
            String body = path.endsWith("quotes") ? quote("Malformed", 10) : ContactMessageResourceTest.body("Malformed");
            given().header("Idempotency-Key", key).contentType("application/json").body(body)
                    .when().post(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("Idempotency-Key"));
        }
        assertEquals(quotes, rows("quote"));
    }

    @Test
    void contactMessagesReplayToo() {
        String key = key();
        String subject = "Replay " + System.nanoTime();
        String body = ContactMessageResourceTest.body(subject);
        ExtractableResponse<Response> first = given().header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/contact-messages")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        ExtractableResponse<Response> again = given().header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/contact-messages")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).extract();
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, eventsFor(first.path("reference")));
        given().header("Idempotency-Key", key).contentType("application/json")
                .body(ContactMessageResourceTest.body(subject + " changed")).when().post("/api/contact-messages")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        // the scopes are separate: the same key on a quote is a new quote
        given().header("Idempotency-Key", key).contentType("application/json").body(quote(subject, 10))
                .when().post("/api/quotes").then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }
}
