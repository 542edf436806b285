package com.zivah.gateway.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code X-Request-Id} every request carries past the gateway, by platform-core's one rule
 * ({@link com.zivah.platform.requestid.RequestIds}): a safe incoming id is kept, anything else is replaced, and the
 * upstream request carries the id in force. The gateway is where ids are born, so it assigns them inside its own
 * exchange and excludes platform-core's route filter (application.properties).
 */
final class RequestIds {

    static final String HEADER = com.zivah.platform.requestid.RequestIds.HEADER;
    private static final String KEY = "zivah.requestId";

    private RequestIds() {
    }

    /** Keeps a safe incoming id, otherwise replaces it with a new one; returns the id in force. */
    static String assign(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String incoming = request.getHeader(HEADER);
        String id = com.zivah.platform.requestid.RequestIds.acceptOrCreate(incoming);
        if (!id.equals(incoming)) {
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
