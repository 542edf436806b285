package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.i18n.LanguageResolver;
import com.zivah.web.i18n.SitePaths;
import java.util.List;
import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When Keycloak cannot be reached, Quarkus OIDC fails the request before JAX-RS (so {@link ErrorPages} never
 * sees it). This failure handler turns exactly that case into the localized "service unavailable" page.
 */
@ApplicationScoped
public class LoginUnavailablePage {

    private static final Logger LOG = Logger.getLogger(LoginUnavailablePage.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!causedByOidcOutage(ctx.failure()) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        LOG.warnf("Keycloak unavailable while serving %s: %s", ctx.request().path(), ctx.failure().getMessage());
        Language language = LanguageResolver.of(ctx);
        String html = ErrorPages.Templates.error(
                        PageContext.outsideJaxRs(language), "unavailable",
                        SitePaths.home(language), List.of())
                .setLocale(language.locale())
                .render();
        ctx.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }

    private static boolean causedByOidcOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
