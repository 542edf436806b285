package com.zivah.web.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stand-ins for catalog-service, quote-service and Keycloak's discovery document, answering with the exact
 * shapes of their contracts. Tests steer and inspect it over HTTP ({@code /__fake/...}) because the test
 * class and this server may live in different class loaders.
 */
public final class FakeUpstreams {

    public static final String QUOTE_NUMBER = "RFQ-2026-00042";

    private static final String CATEGORIES = """
            [{"id":2,"slug":"cacao","name":{"es":"Cacao","en":"Cocoa"},"description":{"es":"Granos y derivados","en":"Beans and derivatives"},"icon":"cocoa","sortOrder":2,"productCount":1},
             {"id":1,"slug":"cafe","name":{"es":"Café verde","en":"Green coffee"},"description":{"es":"Cafés de origen","en":"Single-origin coffees"},"icon":"coffee","sortOrder":1,"productCount":2}]
            """;

    private static final String PRODUCTS = """
            {"items":[
              {"id":101,"sku":"CAF-ARA-01","slug":"cafe-arabica-lavado","categorySlug":"cafe",
               "name":{"es":"Café arábica lavado","en":"Washed arabica coffee"},
               "description":{"es":"Altura 1.600 m, proceso lavado.","en":"Grown at 1,600 m, washed process."},
               "features":{"origin":"Huila"},"unit":"kg","minOrderQuantity":500,"price":4.75,"currency":"USD",
               "priceOnRequest":false,"stockQuantity":12000,"imageUrl":null,"version":3},
              {"id":102,"sku":"CAC-NIB-02","slug":"nibs-de-cacao","categorySlug":"cacao",
               "name":{"es":"Nibs de cacao","en":"Cocoa nibs"},
               "description":{"es":"Tostados y descascarillados.","en":"Roasted and shelled."},
               "features":{},"unit":"kg","minOrderQuantity":200,"price":null,"currency":"USD",
               "priceOnRequest":true,"stockQuantity":800,"imageUrl":null,"version":1},
              {"id":103,"sku":"CAF-XSS-03","slug":"cafe-especial","categorySlug":"cafe",
               "name":{"es":"<script>alert('x')</script> Especial","en":"<script>alert('x')</script> Special"},
               "description":{"es":"","en":""},
               "features":{},"unit":"saco","minOrderQuantity":10,"price":310.00,"currency":"EUR",
               "priceOnRequest":false,"stockQuantity":5,"imageUrl":null,"version":1}
             ],"page":%d,"size":%d,"totalItems":27,"totalPages":3}
            """;

    private static final String FAR_PRODUCT = """
            {"id":777,"sku":"TEX-ALG-77","slug":"hilado-algodon","categorySlug":"textiles",
             "name":{"es":"Hilado de algodón peinado","en":"Combed cotton yarn"},
             "description":{"es":"Ne 30/1.","en":"Ne 30/1."},
             "features":{},"unit":"kg","minOrderQuantity":1000,"price":3.10,"currency":"USD",
             "priceOnRequest":false,"stockQuantity":50000,"imageUrl":null,"version":1}
            """;

    private static final String PROBLEM = """
            {"type":"https://zivah.com/problems/validation","title":"Invalid request","status":400,
             "detail":"The quote request is invalid",
             "errors":[{"field":"customer.email","message":"must be a well-formed email address"},
                       {"field":"items[0].quantity","message":"must be at least the minimum order quantity"}]}
            """;

    /** OK: normal answers; ERROR: 503; DOWN: the connection is dropped without an answer. */
    private final AtomicReference<String> catalogMode = new AtomicReference<>("OK");
    private final AtomicReference<String> lastProductsQuery = new AtomicReference<>("");
    private final AtomicReference<String> lastQuote = new AtomicReference<>("");
    private final AtomicReference<String> lastRequestId = new AtomicReference<>("");
    private final AtomicInteger quoteCalls = new AtomicInteger();
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
        server.createContext("/realms/zivah/", this::oidc);
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
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/catalog/categories")) {
            send(exchange, 200, "application/json", CATEGORIES);
        } else if (path.equals("/api/catalog/products")) {
            String query = exchange.getRequestURI().getRawQuery();
            lastProductsQuery.set(query == null ? "" : query);
            if (query != null && query.contains("category=no-such-category")) {
                send(exchange, 400, "application/problem+json",
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":\"category\",\"message\":\"unknown\"}]}");
                return;
            }
            send(exchange, 200, "application/json",
                    PRODUCTS.formatted(intParam(query, "page", 0), intParam(query, "size", 20)));
        } else if (path.equals("/api/catalog/products/777")) {
            // a product beyond the first page of the list
            send(exchange, 200, "application/json", FAR_PRODUCT);
        } else {
            send(exchange, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}");
        }
    }

    private void quotes(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        quoteCalls.incrementAndGet();
        rememberRequestId(exchange);
        lastQuote.set(body);
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "text/plain", "");
        } else if (body.contains("\"rechazado@")) {
            send(exchange, 400, "application/problem+json", PROBLEM);
        } else {
            send(exchange, 201, "application/json", """
                    {"quoteNumber":"%s","status":"SUBMITTED","createdAt":"2026-11-25T12:00:00Z","itemCount":1}
                    """.formatted(QUOTE_NUMBER));
        }
    }

    /** Just enough of Keycloak's discovery for Quarkus OIDC to build the authorization redirect. */
    private void oidc(HttpExchange exchange) throws IOException {
        String realm = baseUrl() + "/realms/zivah";
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/.well-known/openid-configuration")) {
            send(exchange, 200, "application/json", """
                    {"issuer":"%1$s","authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                     "token_endpoint":"%1$s/protocol/openid-connect/token",
                     "jwks_uri":"%1$s/protocol/openid-connect/certs",
                     "userinfo_endpoint":"%1$s/protocol/openid-connect/userinfo",
                     "end_session_endpoint":"%1$s/protocol/openid-connect/logout"}
                    """.formatted(realm));
        } else if (path.endsWith("/protocol/openid-connect/certs")) {
            send(exchange, 200, "application/json", "{\"keys\":[]}");
        } else {
            send(exchange, 404, "text/plain", "");
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/__fake/catalog-mode" -> {
                catalogMode.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim());
                send(exchange, 204, "text/plain", "");
            }
            case "/__fake/last-products-query" -> send(exchange, 200, "text/plain", lastProductsQuery.get());
            case "/__fake/last-quote" -> send(exchange, 200, "application/json", lastQuote.get());
            case "/__fake/last-request-id" -> send(exchange, 200, "text/plain", lastRequestId.get());
            case "/__fake/quote-calls" -> send(exchange, 200, "text/plain", String.valueOf(quoteCalls.get()));
            default -> send(exchange, 404, "text/plain", "");
        }
    }

    private void rememberRequestId(HttpExchange exchange) {
        String id = exchange.getRequestHeaders().getFirst("X-Request-Id");
        lastRequestId.set(id == null ? "" : id);
    }

    private static int intParam(String query, String name, int fallback) {
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals(name) && kv.length == 2) {
                    return Integer.parseInt(kv[1]);
                }
            }
        }
        return fallback;
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
