package com.zivah.web.rest;

import com.zivah.web.i18n.Language;
import com.zivah.web.i18n.LanguageFilter;
import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.Cookie;
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
        Language language = language(ctx);
        String html = ErrorPages.Templates.error(
                        new PageContext(language.tag(), "/?lang=es", "/?lang=en", ""), "unavailable")
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

    private static Language language(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(LanguageFilter.COOKIE);
        return Language.fromTag(ctx.request().getParam(LanguageFilter.PARAM))
                .or(() -> Language.fromTag(cookie == null ? null : cookie.getValue()))
                .or(() -> Language.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.DEFAULT);
    }
}
