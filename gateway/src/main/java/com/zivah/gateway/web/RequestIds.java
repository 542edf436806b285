package com.zivah.gateway.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} every request carries past the gateway. Same rule as platform's
 * RequestIdFilter (a deliberate three-line copy: the gateway has no JAX-RS to run that filter in).
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String KEY = "zivah.requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** Keeps a safe incoming id, otherwise replaces it with a new UUID; returns the id in force. */
    static String assign(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String id = request.getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            // an id correlates log lines, it guards nothing: no SecureRandom (a lock and a read of
            // /dev/urandom) on the event loop for every request
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4 (random)
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
            id = new UUID(high, low).toString();
            request.headers().set(HEADER, id);
        }
        ctx.put(KEY, id);
        return id;
    }

    /** The id {@link #assign} gave this exchange. */
    static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id != null ? id : assign(ctx);
    }
}
