package com.zivah.platform.ui.i18n;

import com.zivah.platform.i18n.Language;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The language of the current request, as {@link RequestLanguage} decided it (Spanish outside a request). */
@ApplicationScoped
public class CurrentLanguage {

    private final CurrentVertxRequest request;

    public CurrentLanguage(CurrentVertxRequest request) {
        this.request = request;
    }

    public Language get() {
        RoutingContext ctx = request.getCurrent();
        return ctx == null ? Language.DEFAULT : RequestLanguage.of(ctx);
    }
}
