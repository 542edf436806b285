package com.zivah.web.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Carries the gateway's {@code X-Request-Id} into the log context (MDC key {@code requestId}, so it is in every
 * log line of the request, Vert.x-level ones included), back to the caller and on to the upstream calls
 * ({@link com.zivah.web.client.RequestIdHeaders}). Same rule as platform's RequestIdFilter: a safe incoming id
 * is kept, anything else is replaced by a new UUID.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        MDC.put(MDC_KEY, id);
        String echoed = id;
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(HEADER, echoed));
        ctx.addEndHandler(ignored -> MDC.remove(MDC_KEY));
        ctx.next();
    }
}
