package com.zivah.web.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zivah.testsupport.PactStubServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

    /** The committed contract's answer (test-support's PactStubServer matching); a miss is counted as unmatched. */
    private void answerFromContract(String provider, HttpExchange exchange, byte[] body) throws IOException {
        if (!PactStubServer.respond(Contracts.committed(provider), exchange, body)) {
            unmatched.incrementAndGet();
        }
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
