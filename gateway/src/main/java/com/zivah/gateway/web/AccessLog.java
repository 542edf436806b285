package com.zivah.gateway.web;

import io.vertx.core.AsyncResult;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * One access-log line per request on the {@code zivah.access} logger: its message is a JSON object encoded
 * here (every value escaped: a {@code %0A} in a path cannot start a fake line), inside the JSON envelope every
 * record gets from the console handler (asynchronous, so the event loop only queues it).
 */
final class AccessLog {

    static final String UPSTREAM_KEY = "zivah.upstream";
    private static final Logger LOG = Logger.getLogger("zivah.access");

    private final ClientOrigin origin;

    AccessLog(ClientOrigin origin) {
        this.origin = origin;
    }

    /** Registers the line for this request; it is written when the response ends or the client goes away. */
    void track(RoutingContext ctx) {
        long start = System.nanoTime();
        long time = System.currentTimeMillis();
        ctx.addEndHandler(ar -> write(ctx, time, start, ar));
    }

    private void write(RoutingContext ctx, long time, long start, AsyncResult<Void> ended) {
        String upstream = ctx.get(UPSTREAM_KEY);
        LOG.info(new JsonObject()
                .put("time", Instant.ofEpochMilli(time).toString())
                .put("method", ctx.request().method().name())
                .put("path", ctx.request().path())
                .put("status", ctx.response().getStatusCode())
                .put("bytes", ctx.response().bytesWritten())
                .put("durationMs", (System.nanoTime() - start) / 1_000_000)
                .put("upstream", upstream == null ? "gateway" : upstream)
                .put("requestId", RequestIds.of(ctx))
                .put("client", origin.client(ctx.request()))
                .put("outcome", ended.succeeded() && ctx.response().ended() ? "completed" : "aborted")
                .encode());
    }
}
