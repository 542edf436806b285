package com.zivah.platform.requestid;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Runs first on every HTTP request of the application (REST, pages, Vert.x routes alike): takes the caller's
 * {@code X-Request-Id} by {@link RequestIds}' rule, puts it in the log MDC for every line of the request, echoes it
 * to the caller. {@link RequestIdHeaders} forwards it on outgoing REST calls. The gateway, where ids are born,
 * excludes this bean and assigns ids in its own exchange.
 */
@ApplicationScoped
public class RequestIdRouteFilter {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.addEndHandler(ignored -> MDC.remove(RequestIds.MDC_KEY));
        ctx.next();
    }
}
