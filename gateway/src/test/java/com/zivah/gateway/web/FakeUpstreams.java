package com.zivah.gateway.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Three small HTTP servers standing in for catalog-service, quote-service and web-frontend. Each
 * answers with a JSON echo of what reached it, so tests see exactly what the gateway forwarded; paths
 * ending in {@code /slow?ms=N} answer after N ms, {@code /chunked?chunks=N&gap=ms} stream N chunks with a
 * gap between them, {@code /big?kb=N} send N KB of text, {@code /early} answers 401 without reading the body.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "zivah.gateway.routes.catalog.url", "http://localhost:" + echoServer("catalog"),
                "zivah.gateway.routes.quotes.url", "http://localhost:" + echoServer("quotes"),
                "zivah.gateway.routes.web.url", "http://localhost:" + echoServer("web"),
                "zivah.gateway.routes.keycloak.url", "http://localhost:" + echoServer("keycloak"),
                "zivah.gateway.routes.admin.url", "http://localhost:" + echoServer("admin"));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private void streamChunks(io.vertx.core.http.HttpServerResponse response, int left, long gap) {
        if (response.closed()) {
            return;
        }
        if (left == 0) {
            response.end();
            return;
        }
        response.write("chunk " + left + "\n");
        vertx.setTimer(gap, id -> streamChunks(response, left - 1, gap));
    }

    private int echoServer(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().endsWith("/early")) { // answers before reading the body, like a 401 would
                request.response().setStatusCode(401).putHeader("Content-Type", "application/json").end("{\"early\":true}");
                return;
            }
            request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            var response = request.response();
            if (request.path().endsWith("/login-redirect")) {
                response.setStatusCode(302)
                        .putHeader("Location", "http://localhost:8180/realms/zivah/protocol/openid-connect/auth?state=a%2Fb");
                response.headers()
                        .add("Set-Cookie", "q_session=abc; Path=/; HttpOnly; SameSite=Lax")
                        .add("Set-Cookie", "q_auth=def; Path=/admin; HttpOnly");
                response.end();
                return;
            }
            if (request.path().endsWith("/slow")) {
                long ms = Long.parseLong(request.getParam("ms", "1000"));
                vertx.setTimer(ms, id -> {
                    if (!response.closed()) {
                        response.putHeader("Content-Type", "text/plain").end("slow " + ms);
                    }
                });
                return;
            }
            if (request.path().endsWith("/chunked")) {
                int chunks = Integer.parseInt(request.getParam("chunks", "5"));
                long gap = Long.parseLong(request.getParam("gap", "200"));
                response.setChunked(true).putHeader("Content-Type", "text/plain");
                streamChunks(response, chunks, gap);
                return;
            }
            if (request.path().endsWith("/big")) {
                int kb = Integer.parseInt(request.getParam("kb", "512"));
                response.putHeader("Content-Type", "text/html; charset=UTF-8").end("<p>" + "z".repeat(kb * 1024) + "</p>");
                return;
            }
            if (request.getParam("status") != null) {
                response.setStatusCode(Integer.parseInt(request.getParam("status")));
            }
            if (headers.containsKey("x-request-id")) {
                response.putHeader("X-Request-Id", headers.getString("x-request-id"));
            }
            response.putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("upstream", name)
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("headers", headers)
                            .put("body", body.toString())
                            .encode());
            });
        });
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join().actualPort();
    }
}
