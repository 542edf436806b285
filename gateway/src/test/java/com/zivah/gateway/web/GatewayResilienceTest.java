package com.zivah.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The gateway keeps serving whatever clients and upstreams do: clients that go away at every moment of an
 * exchange, a slow upstream, a full pool queue, oversized requests. Small pools make a leaked connection
 * visible at once (before the fix, 5 aborted exchanges hung the gateway for good).
 */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
@TestProfile(GatewayResilienceTest.TightLimits.class)
class GatewayResilienceTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("zivah.gateway.routes.web.pool-size", "4");
            config.put("zivah.gateway.routes.web.timeout", "2S");
            config.put("zivah.gateway.routes.catalog.pool-size", "1");
            config.put("zivah.gateway.routes.catalog.wait-queue-size", "1");
            config.put("zivah.gateway.routes.quotes.max-body-size", "1K");
            config.put("zivah.gateway.routes.quotes.max-header-size", "2K");
            config.put("zivah.gateway.routes.quotes.max-request-line", "1K");
            config.put("zivah.gateway.routes.quotes.pool-size", "2");
            config.put("zivah.gateway.rate-limit.enabled", "false");
            return config;
        }
    }

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    @Test
    void clientsAbortingAtEveryMomentLeaveThePoolUsable() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int client = i;
                outcomes.add(pool.submit(() -> exchange(client)));
            }
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                assertTrue(result.equals("aborted") || result.startsWith("HTTP/1.1 200"), result);
            }
        } finally {
            pool.shutdownNow();
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = http.send(get("/after/sequential/" + i), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        }
        List<CompletableFuture<HttpResponse<String>>> concurrent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            concurrent.add(http.sendAsync(get("/after/concurrent/" + i), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : concurrent) {
            assertEquals(200, response.get(DEADLINE.toSeconds(), TimeUnit.SECONDS).statusCode());
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(DEADLINE) < 0, "400 requests took too long");
    }

    /** Even clients finish normally (fast or slow answers); odd ones go away before, during or after the upstream's answer. */
    private String exchange(int client) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            switch (client % 8) {
                case 0, 2, 4 -> {
                    send(out, "GET /fast/" + client + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                case 6 -> {
                    send(out, "GET /slow?ms=300 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                case 1, 7 -> { // before the upstream answered (or while waiting for a pooled connection)
                    send(out, "GET /slow?ms=800 HTTP/1.1\r\nHost: localhost\r\n\r\n");
                    return "aborted";
                }
                case 3 -> { // in the middle of the request body
                    send(out, "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                            + "Content-Length: 100000\r\n\r\n" + "b".repeat(40_000));
                    return "aborted";
                }
                default -> { // during a slow chunked response
                    send(out, "GET /chunked?chunks=30&gap=100 HTTP/1.1\r\nHost: localhost\r\n\r\n");
                    in.read(new byte[64]);
                    return "aborted";
                }
            }
        }
    }

    private static void send(OutputStream out, String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).timeout(DEADLINE).GET().build();
    }

    @Test
    void slowUpstreamGivesA504InTheConfiguredTimeAndThePoolStaysUsable() {
        for (int i = 0; i < 6; i++) { // more timeouts than the pool has connections
            long start = System.nanoTime();
            given().get("/slow?ms=6000").then().statusCode(504)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://zivah.com/problems/upstream-timeout"))
                    .body("status", equalTo(504));
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(ms >= 1900 && ms < 5000, "504 after " + ms + " ms, configured 2 s");
            given().get("/fine").then().statusCode(200).body("upstream", equalTo("web"));
        }
    }

    @Test
    void aFullWaitQueueGivesA503WithRetryAfterAtOnce() throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // one connection, one waiting place: at least four are turned away
            burst.add(http.sendAsync(get("/api/catalog/slow?ms=1500"), HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0;
        int busy = 0;
        for (CompletableFuture<HttpResponse<String>> pending : burst) {
            HttpResponse<String> response = pending.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            if (response.statusCode() == 503) {
                busy++;
                assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(response.body().contains("https://zivah.com/problems/upstream-busy"), response.body());
            } else {
                assertEquals(200, response.statusCode(), response.body());
                ok++;
            }
        }
        assertTrue(busy >= 1 && ok >= 1, ok + " ok, " + busy + " busy");
        given().get("/api/catalog/products").then().statusCode(200).body("upstream", equalTo("catalog"));
    }

    @Test
    void oversizedRequestsAreProblemsAndNeverForwarded() throws Exception {
        given().header("X-Padding", "p".repeat(3000)).get("/api/quotes/rfqs")
                .then().statusCode(431).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://zivah.com/problems/headers-too-large"));
        given().urlEncodingEnabled(false).get("/api/quotes/rfqs?q=" + "a".repeat(1100))
                .then().statusCode(414).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://zivah.com/problems/uri-too-long"));
        given().contentType("application/json").body("{\"notes\":\"" + "n".repeat(2000) + "\"}").post("/api/quotes")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://zivah.com/problems/payload-too-large"));
        // a chunked body has no length to check up front: it is counted while it streams
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            String chunk = "c".repeat(800);
            send(socket.getOutputStream(), "POST /api/quotes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("payload-too-large"), response);
        }
        // an upstream that answers before the body is read: the body over the limit must not strand its connection
        for (int i = 0; i < 4; i++) { // twice the route's pool
            try (Socket socket = new Socket("localhost", port())) {
                socket.setSoTimeout(10_000);
                String chunk = "e".repeat(800);
                send(socket.getOutputStream(), "POST /api/quotes/early HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
                String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                assertTrue(head.startsWith("HTTP/1.1 401"), head);
                send(socket.getOutputStream(), Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
            }
        }
        // within the limits the same route still works (a stranded connection would make this a 503)
        given().contentType("application/json").body("{\"notes\":\"short\"}").post("/api/quotes")
                .then().statusCode(200).body("upstream", equalTo("quotes"));
    }

    @Test
    void malformedEscapesAreRefusedBeforeRoutingAndTheGatewayGoesOn() throws Exception {
        // Quarkus' HTTP layer refuses an unparsable URI itself (a bare 400, connection closed) before any
        // handler, so neither the rate limiter nor an upstream ever sees it
        for (String target : List.of("POST /api/quotes/%zz", "GET /api/catalog/%zz", "GET /x%", "GET /a%4")) {
            try (Socket socket = new Socket("localhost", port())) {
                socket.setSoTimeout(10_000);
                send(socket.getOutputStream(), target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                assertEquals("HTTP/1.1 400", status, target);
            }
        }
        given().get("/api/catalog/products").then().statusCode(200).body("upstream", equalTo("catalog"));
    }

    @Test
    void securityHeadersAreOnPagesApiAnswersAndErrors() {
        List<Response> responses = List.of(
                given().get("/"),
                given().get("/api/catalog/products"),
                given().get("/q/health"),
                given().urlEncodingEnabled(false).get("/bad;x=1"),
                given().contentType("application/json").body("x".repeat(5000)).post("/api/quotes"),
                given().get("/slow?ms=3000"));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(List.of(200, 200, 404, 400, 413, 504), statuses);
        for (Response response : responses) {
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
            assertTrue(response.header("Permissions-Policy").contains("camera=()"));
            assertEquals(null, response.header("Server"));
            assertEquals(null, response.header("X-Powered-By"));
            assertEquals(null, response.header("Strict-Transport-Security")); // plain http here, see TrustedProxyTest
            assertEquals(1, response.headers().getValues("X-Request-Id").size());
        }
    }

    @Test
    void textIsGzippedOnlyWhenTheClientAsks() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/big?kb=64"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzipped.body().length < 4096, gzipped.body().length + " bytes");
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/big?kb=64"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(null, plain.headers().firstValue("Content-Encoding").filter("gzip"::equals).orElse(null));
        assertEquals(64 * 1024 + 7, plain.body().length);
    }
}
