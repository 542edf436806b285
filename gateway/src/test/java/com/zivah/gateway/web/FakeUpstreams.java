package com.zivah.gateway.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Three small HTTP servers standing in for catalog-service, quote-service and web-frontend. Each
 * answers with a JSON echo of what reached it, so tests see exactly what the gateway forwarded.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "zivah.gateway.routes.catalog", "http://localhost:" + echoServer("catalog"),
                "zivah.gateway.routes.quotes", "http://localhost:" + echoServer("quotes"),
                "zivah.gateway.routes.web", "http://localhost:" + echoServer("web"));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int echoServer(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
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
        }));
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join().actualPort();
    }
}
