package com.zivah.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test-side remote control of the running {@link FakeUpstreams}. */
public final class Fake {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fake() {
    }

    public static String baseUrl() {
        return ConfigProvider.getConfig().getValue("zivah.test.fake-upstreams-url", String.class);
    }

    /** OK, ERROR (503) or DOWN (connection dropped). */
    public static void catalogMode(String mode) {
        send(HttpRequest.newBuilder(URI.create(baseUrl() + "/__fake/catalog-mode"))
                .PUT(HttpRequest.BodyPublishers.ofString(mode)).build());
    }

    /** quote-service: OK, ERROR (503) or DOWN (connection dropped). */
    public static void quoteMode(String mode) {
        send(HttpRequest.newBuilder(URI.create(baseUrl() + "/__fake/quote-mode"))
                .PUT(HttpRequest.BodyPublishers.ofString(mode)).build());
    }

    /** The Idempotency-Key header of the last call to quote-service ("" when it had none). */
    public static String lastIdempotencyKey() {
        return get("/__fake/last-idempotency-key");
    }

    public static int contactCalls() {
        return Integer.parseInt(get("/__fake/contact-calls"));
    }

    public static String lastProductsQuery() {
        return get("/__fake/last-products-query");
    }

    /** The body of the last call to quote-service (RFQ or contact message). */
    public static String lastQuote() {
        return get("/__fake/last-quote");
    }

    /** The X-Request-Id header of the last call to catalog or quote ("" when it had none). */
    public static String lastRequestId() {
        return get("/__fake/last-request-id");
    }

    public static int quoteCalls() {
        return Integer.parseInt(get("/__fake/quote-calls"));
    }

    /** Requests catalog-service received so far (any path, any answer). */
    public static int catalogCalls() {
        return Integer.parseInt(get("/__fake/catalog-calls"));
    }

    private static String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    private static String send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
