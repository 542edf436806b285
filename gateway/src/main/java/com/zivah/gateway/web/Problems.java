package com.zivah.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own answers (400, 404, 413, 414, 429, 431, 502, 503, 504) as RFC 9457
 * {@code application/problem+json}, the same shape the services' ProblemMapper renders.
 */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://zivah.com/problems/";

    private Problems() {
    }

    /** A problem document; {@code instance} is the request path (JSON-escaped by the encoder, never echoed raw). */
    static Buffer body(int status, String type, String title, String detail, String instance, String requestId) {
        return new JsonObject()
                .put("type", TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .put("requestId", requestId)
                .toBuffer();
    }

    /**
     * Ends the exchange with a problem. {@code closeConnection} for answers given before the request body was
     * read (413, 431): the unread bytes must not be taken for the next request.
     */
    static void send(RoutingContext ctx, int status, String type, String title, String detail, boolean closeConnection) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", PROBLEM_JSON)
                .putHeader("Cache-Control", "no-store");
        if (closeConnection) {
            closeAfterResponse(ctx);
        }
        response.end(body(status, type, title, detail, ctx.request().path(), RequestIds.of(ctx)));
    }

    /**
     * An HTTP/1.1 connection whose request was refused before its body was read cannot carry another request:
     * say so and close it once the answer is out (an HTTP/2 stream is reset by the server instead).
     */
    static void closeAfterResponse(RoutingContext ctx) {
        if (ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            return;
        }
        ctx.response().putHeader("Connection", "close");
        ctx.addBodyEndHandler(v -> ctx.request().connection().close());
    }
}
