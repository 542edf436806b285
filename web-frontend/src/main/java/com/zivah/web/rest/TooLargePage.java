package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.i18n.LanguageResolver;
import java.util.List;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A body above {@code quarkus.http.limits.max-body-size} is refused by Quarkus with an empty 413 before JAX-RS
 * (so {@link ErrorPages} never sees it). A browser always announces its form's size in Content-Length, so this
 * handler refuses such a request first, with the localized "too large" page, without reading the body.
 */
@ApplicationScoped
public class TooLargePage {

    private static final Logger LOG = Logger.getLogger(TooLargePage.class);

    private final MemorySize maxBodySize;

    public TooLargePage(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !tooLarge(length)) {
            ctx.next();
            return;
        }
        LOG.debugf("refused a %s-byte body on %s", length, ctx.normalizedPath());
        // no route matched yet: give the metrics a fixed uri label instead of the client's path (the key the
        // Quarkus REST observability handler and the Micrometer binder share)
        if (ctx.request() instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal("UrlPathTemplate", "/{too-large}");
        }
        Language language = LanguageResolver.of(ctx);
        String path = ctx.normalizedPath();
        String html = ErrorPages.Templates.error(
                        PageContext.outsideJaxRs(language), "tooLarge",
                        ErrorPages.backUrl(language, "tooLarge", path), List.of())
                .setLocale(language.locale())
                .render();
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(html);
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException malformed) {
            return false; // Vert.x itself refuses a malformed Content-Length
        }
    }
}
