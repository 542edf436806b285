package com.zivah.web.support;

import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Request;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stand-ins for catalog-service and quote-service that answer ONLY with the committed contracts: a request is
 * matched (method, path, query, headers, body, by Pact's own matching rules) against the interactions of
 * {@code docs/contracts/web-frontend-<provider>.json}, which the providers' builds verify against the real services,
 * and gets that interaction's response. A request no interaction matches is a loud failure: a 500 whose body and
 * the test log name the request and the closest mismatches (the page under test then shows its 503 page, so the
 * test's own assertion fails too). When several interactions match, the most specific one (fewest matching rules)
 * answers, e.g. the quantity-above-the-maximum refusal rather than the accepted RFQ.
 * Tests steer and inspect it over HTTP ({@code /__fake/...}) because the test class and this server may live in different class loaders.
 */
public final class FakeUpstreams {

    /** The quote number of the committed "accepted RFQ" interaction. */
    public static final String QUOTE_NUMBER = "ZQ-2026-000042";

    /** OK: normal answers; ERROR: 503; DOWN: the connection is dropped without an answer. */
    private final AtomicReference<String> catalogMode = new AtomicReference<>("OK");
    private final AtomicReference<String> lastProductsQuery = new AtomicReference<>("");
    private final AtomicReference<String> lastQuote = new AtomicReference<>("");
    /** OK: answers from the contract; ERROR: 503; DOWN: the connection is dropped (quote-service down). */
    private final AtomicReference<String> quoteMode = new AtomicReference<>("OK");
    private final AtomicReference<String> lastIdempotencyKey = new AtomicReference<>("");
    private final AtomicInteger contactCalls = new AtomicInteger();
    private final AtomicReference<String> lastRequestId = new AtomicReference<>("");
    private final AtomicInteger quoteCalls = new AtomicInteger();
    private final AtomicInteger catalogCalls = new AtomicInteger();
    private final AtomicInteger unmatched = new AtomicInteger();
    private final HttpServer server;

    public FakeUpstreams() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/catalog/", this::catalog);
        server.createContext("/api/quotes", this::quotes);
        server.createContext("/api/contact-messages", this::contactMessages);
        server.createContext("/__fake/", this::control);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void catalog(HttpExchange exchange) throws IOException {
        catalogCalls.incrementAndGet();
        rememberRequestId(exchange);
        switch (catalogMode.get()) {
            case "DOWN" -> {
                exchange.close();
                return;
            }
            case "ERROR" -> {
                send(exchange, 503, "text/plain", "unavailable");
                return;
            }
            default -> {
            }
        }
        if (exchange.getRequestURI().getPath().equals("/api/catalog/products")) {
            String query = exchange.getRequestURI().getRawQuery();
            lastProductsQuery.set(query == null ? "" : query);
        }
        answerFromContract(Contracts.CATALOG, exchange, new byte[0]);
    }

    private void quotes(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        quoteCalls.incrementAndGet();
        rememberRequestId(exchange);
        lastQuote.set(new String(body, StandardCharsets.UTF_8));
        answerQuoteService(exchange, body);
    }

    private void contactMessages(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        contactCalls.incrementAndGet();
        rememberRequestId(exchange);
        lastQuote.set(new String(body, StandardCharsets.UTF_8));
        answerQuoteService(exchange, body);
    }

    private void answerQuoteService(HttpExchange exchange, byte[] body) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        lastIdempotencyKey.set(key == null ? "" : key);
        switch (quoteMode.get()) {
            case "DOWN" -> exchange.close();
            case "ERROR" -> send(exchange, 503, "text/plain", "unavailable");
            default -> answerFromContract(Contracts.QUOTE, exchange, body);
        }
    }

    private void answerFromContract(String provider, HttpExchange exchange, byte[] body) throws IOException {
        Request actual = request(exchange, body);
        List<SynchronousRequestResponse> interactions = interactions(provider);
        List<String> mismatches = new ArrayList<>();
        Optional<SynchronousRequestResponse> match = interactions.stream()
                .filter(interaction -> {
                    RequestMatchResult result = RequestMatching.requestMismatches(interaction.getRequest(), actual);
                    if (!result.matchedOk() && result.matchedMethodAndPath()) {
                        mismatches.add("  \"" + interaction.getDescription() + "\": " + result.getMismatches().stream()
                                .map(m -> m.description()).toList());
                    }
                    return result.matchedOk();
                })
                .min(Comparator.comparingInt(FakeUpstreams::ruleCount));
        if (match.isEmpty()) {
            String failure = "FakeUpstreams: no interaction of " + Contracts.committed(provider) + " matches "
                    + actual.getMethod() + " " + exchange.getRequestURI() + " " + new String(body, StandardCharsets.UTF_8)
                    + "\n" + String.join("\n", mismatches)
                    + "\nEither the page test sends something web-frontend does not really send, or the client changed:"
                    + " describe it in the client's Pact test (docs/contracts/README.md).";
            System.err.println(failure);
            unmatched.incrementAndGet();
            send(exchange, 500, "text/plain", failure);
            return;
        }
        IResponse response = match.get().getResponse();
        byte[] answer = response.getBody().isPresent() ? response.getBody().getValue() : new byte[0];
        response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.sendResponseHeaders(response.getStatus(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    /** The committed contract, read on every request (small files), so a test never sees a stale copy. */
    private static List<SynchronousRequestResponse> interactions(String provider) {
        List<SynchronousRequestResponse> interactions = new ArrayList<>();
        for (Interaction interaction : DefaultPactReader.INSTANCE.loadPact(Contracts.committed(provider).toFile())
                .getInteractions()) {
            interactions.add(interaction.asSynchronousRequestResponse());
        }
        return interactions;
    }

    private static int ruleCount(SynchronousRequestResponse interaction) {
        var rules = interaction.getRequest().getMatchingRules();
        return rules.getCategories().stream()
                .mapToInt(category -> rules.rulesForCategory(category).getMatchingRules().size())
                .sum();
    }

    private static Request request(HttpExchange exchange, byte[] body) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length == 2 ? decode(kv[1]) : "");
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        OptionalBody optionalBody = body.length == 0 ? OptionalBody.missing()
                : OptionalBody.body(body, type == null ? ContentType.Companion.getJSON() : new ContentType(type));
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, headers,
                optionalBody);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/__fake/catalog-mode" -> {
                catalogMode.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim());
                send(exchange, 204, "text/plain", "");
            }
            case "/__fake/quote-mode" -> {
                quoteMode.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim());
                send(exchange, 204, "text/plain", "");
            }
            case "/__fake/last-idempotency-key" -> send(exchange, 200, "text/plain", lastIdempotencyKey.get());
            case "/__fake/contact-calls" -> send(exchange, 200, "text/plain", String.valueOf(contactCalls.get()));
            case "/__fake/last-products-query" -> send(exchange, 200, "text/plain", lastProductsQuery.get());
            case "/__fake/last-quote" -> send(exchange, 200, "application/json", lastQuote.get());
            case "/__fake/last-request-id" -> send(exchange, 200, "text/plain", lastRequestId.get());
            case "/__fake/quote-calls" -> send(exchange, 200, "text/plain", String.valueOf(quoteCalls.get()));
            case "/__fake/catalog-calls" -> send(exchange, 200, "text/plain", String.valueOf(catalogCalls.get()));
            case "/__fake/unmatched" -> send(exchange, 200, "text/plain", String.valueOf(unmatched.get()));
            default -> send(exchange, 404, "text/plain", "");
        }
    }

    private void rememberRequestId(HttpExchange exchange) {
        String id = exchange.getRequestHeaders().getFirst("X-Request-Id");
        lastRequestId.set(id == null ? "" : id);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
