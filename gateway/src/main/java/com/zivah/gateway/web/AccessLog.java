package com.zivah.gateway.web;

import io.vertx.core.AsyncResult;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One access-log record per request on the {@code zivah.access} logger. Every field goes into the
 * record's MDC, so the JSON log format prints each as a JSON string (escaped: a {@code %0A} in a path
 * cannot start a fake line); the message itself names no request data.
 */
final class AccessLog {

    static final String UPSTREAM_KEY = "zivah.upstream";
    private static final Logger LOG = Logger.getLogger("zivah.access");
    private static final String[] FIELDS = {"time", "method", "path", "status", "bytes", "durationMs", "upstream",
        "requestId", "client", "outcome"};

    private final ClientOrigin origin;

    AccessLog(ClientOrigin origin) {
        this.origin = origin;
    }

    /** Registers the record for this request; it is written when the response ends or the client goes away. */
    void track(RoutingContext ctx) {
        long start = System.nanoTime();
        Instant time = Instant.now();
        ctx.addEndHandler(ar -> write(ctx, time, start, ar));
    }

    private void write(RoutingContext ctx, Instant time, long start, AsyncResult<Void> ended) {
        try {
            MDC.put("time", time.toString());
            MDC.put("method", ctx.request().method().name());
            MDC.put("path", ctx.request().path());
            MDC.put("status", String.valueOf(ctx.response().getStatusCode()));
            MDC.put("bytes", String.valueOf(ctx.response().bytesWritten()));
            MDC.put("durationMs", String.valueOf((System.nanoTime() - start) / 1_000_000));
            String upstream = ctx.get(UPSTREAM_KEY);
            MDC.put("upstream", upstream == null ? "gateway" : upstream);
            MDC.put("requestId", RequestIds.of(ctx));
            MDC.put("client", origin.client(ctx.request()));
            MDC.put("outcome", ended.succeeded() ? "completed" : "aborted");
            LOG.info("access");
        } finally {
            for (String field : FIELDS) {
                MDC.remove(field);
            }
        }
    }
}
