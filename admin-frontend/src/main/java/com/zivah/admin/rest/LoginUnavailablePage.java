package com.zivah.admin.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.error.ErrorKind;
import com.zivah.platform.ui.i18n.RequestLanguage;
import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When Keycloak cannot be reached, Quarkus OIDC fails the request before JAX-RS (so {@link ErrorPages} never sees
 * it). This failure handler turns exactly that case into the localized "service unavailable" page.
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
        Language language = RequestLanguage.of(ctx);
        String html = ErrorPages.html(AdminPage.of(language, null, null, ""), ErrorKind.UNAVAILABLE.id());
        ctx.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
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
