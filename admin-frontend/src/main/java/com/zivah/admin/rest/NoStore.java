package com.zivah.admin.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every admin answer is {@code Cache-Control: no-store} (pages, fragments, redirects to Keycloak, errors): staff data
 * never lands in a browser or proxy cache (whatever a handler set). Only the fingerprinted assets keep theirs.
 */
@ApplicationScoped
public class NoStore {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                if (!ctx.normalizedPath().startsWith(Assets.BASE + "/")) {
                    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
            ctx.next();
        });
    }
}
