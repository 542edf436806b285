package com.zivah.web.rest;

import com.zivah.web.i18n.CurrentLanguage;
import com.zivah.web.i18n.Language;
import com.zivah.web.service.UpstreamUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly, localized HTML pages for failures; the details go to the log, never to the browser.
 * Security exceptions are left to Quarkus (their mappers are more specific), so /admin still redirects to login.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** kind: "unavailable", "notFound" or "error" — picks the texts. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext page, String kind);
    }

    @Inject
    CurrentLanguage language;

    @ServerExceptionMapper
    public Response unavailable(UpstreamUnavailableException e, UriInfo uri) {
        LOG.warnf("%s while rendering %s: %s", e.service(), uri.getPath(), e.getCause());
        return page(Response.Status.SERVICE_UNAVAILABLE, "unavailable", uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return page(Response.Status.NOT_FOUND, "notFound", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            return web.getResponse();
        }
        LOG.errorf(e, "Unexpected failure while rendering %s", uri.getPath());
        return page(Response.Status.INTERNAL_SERVER_ERROR, "error", uri);
    }

    private Response page(Response.Status status, String kind, UriInfo uri) {
        Language lang = language.get();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(PageContext.of(lang, uri, ""), kind).setLocale(lang.locale()).render())
                .build();
    }
}
