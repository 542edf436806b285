package com.zivah.admin.rest;

import com.zivah.admin.service.UpstreamUnavailableException;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.error.ErrorKind;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly, localized admin pages for failures (the kit's {@code errorNotice} and texts, inside the admin layout);
 * details go to the log, never to the browser. A signed-in member without the role gets the 403 page; the
 * redirect to Keycloak (not signed in) is left to Quarkus.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(AdminPage page, String kind);
    }

    private final CurrentLanguage language;

    public ErrorPages(CurrentLanguage language) {
        this.language = language;
    }

    @ServerExceptionMapper
    public Response unavailable(UpstreamUnavailableException e, UriInfo uri) {
        LOG.warnf("%s while rendering %s: %s", e.service(), uri.getPath(), e.getCause());
        return page(503, ErrorKind.UNAVAILABLE.id(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return page(404, ErrorKind.NOT_FOUND.id(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        LOG.infof("refused %s: %s", uri.getPath(), e.getMessage());
        return page(403, "forbidden", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response response = web.getResponse();
            return response.hasEntity() ? response
                    : page(response.getStatus(), ErrorKind.forClientStatus(response.getStatus()).id(), uri);
        }
        if (ErrorKind.fromCsrfCheck(e)) {
            LOG.debugf("CSRF check refused a malformed token on %s: %s", uri.getPath(), e.getMessage());
            return page(403, ErrorKind.EXPIRED.id(), uri);
        }
        if (ErrorKind.isParamLimit(e)) {
            return page(413, ErrorKind.TOO_LARGE.id(), uri);
        }
        LOG.errorf(e, "Unexpected failure while rendering %s", uri.getPath());
        return page(500, ErrorKind.ERROR.id(), uri);
    }

    private Response page(int status, String kind, UriInfo uri) {
        Language lang = language.get();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html(AdminPage.of(lang, uri, ""), kind))
                .build();
    }

    /** The page of {@code kind} (also for the Vert.x-level failure pages: CSRF, Keycloak unreachable). */
    static String html(AdminPage page, String kind) {
        return Templates.error(page.asBare(), kind).setLocale(page.language().locale()).render();
    }
}
