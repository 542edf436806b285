package com.zivah.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real gateway in front of the real services after clients that go away mid-flight and a burst of
 * concurrent connections (the gateway once hung for good after one burst of 32 connections): the home page
 * and the products API must answer normally right afterwards.
 */
@ExtendWith(LocalStack.class)
class EdgeUnderBurstTest {

    private static final URI GATEWAY = URI.create(LocalStack.GATEWAY);

    @Test
    void abortedAndConcurrentConnectionsLeaveTheSiteAnswering() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(96);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                int client = i;
                clients.add(pool.submit(() -> {
                    abortingClient(client);
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // a burst of 256 concurrent requests that all complete
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<Void>>> burst = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            String path = i % 2 == 0 ? "/es/" : "/api/catalog/products";
            burst.add(http.sendAsync(HttpRequest.newBuilder(GATEWAY.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding()));
        }
        for (CompletableFuture<HttpResponse<Void>> response : burst) {
            assertEquals(200, response.get(90, TimeUnit.SECONDS).statusCode());
        }

        for (int i = 0; i < 20; i++) {
            given().baseUri(LocalStack.GATEWAY).get("/es/")
                    .then().statusCode(200).time(lessThan(5000L))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", "nosniff");
            given().baseUri(LocalStack.GATEWAY).get("/api/catalog/products")
                    .then().statusCode(200).time(lessThan(5000L))
                    .body("totalItems", greaterThanOrEqualTo(1));
        }
    }

    /** Sends a request for a page or the API and goes away before, during or right after the answer. */
    private static void abortingClient(int client) throws Exception {
        String path = client % 2 == 0 ? "/es/" : "/api/catalog/products?size=50";
        try (Socket socket = new Socket(GATEWAY.getHost(), GATEWAY.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            switch (client % 3) {
                case 0 -> { } // gone before the upstream answered
                case 1 -> in.read(new byte[16]); // gone in the middle of the answer
                default -> {
                    // half a POST body, then gone
                    out.write(("POST /api/quotes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 5000\r\n\r\n{\"buyerEmail\":\"").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            }
        }
    }
}
