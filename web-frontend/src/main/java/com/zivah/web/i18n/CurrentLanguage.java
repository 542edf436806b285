package com.zivah.web.i18n;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The language of the current request, as {@link LanguageResolver} decided it (Spanish outside a request). */
@ApplicationScoped
public class CurrentLanguage {

    @Inject
    CurrentVertxRequest request;

    public Language get() {
        RoutingContext ctx = request.getCurrent();
        return ctx == null ? Language.DEFAULT : LanguageResolver.of(ctx);
    }
}
