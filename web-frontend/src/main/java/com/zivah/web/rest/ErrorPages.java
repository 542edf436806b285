package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.error.ErrorKind;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.mapping.CategoryView;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogService;
import com.zivah.web.service.UpstreamUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly, localized HTML pages for failures; the details go to the log, never to the browser. Every 4xx gets a
 * page too (never an empty body). The kinds, their texts and the failure classification are platform/ui's
 * ({@link ErrorKind}, the {@code errorNotice} tag), shared with admin-frontend.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /**
     * kind: "unavailable", "notFound", "badRequest", "tooLarge", "expired" or "error" — picks the texts;
     * backUrl: where the button leads ("/" = the catalog, else back to the form it came from).
     */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext page, String kind, String backUrl,
                List<CategoryView> categories);
    }

    private final CurrentLanguage language;
    private final CatalogService catalog;

    public ErrorPages(CurrentLanguage language, CatalogService catalog) {
        this.language = language;
        this.catalog = catalog;
    }

    @ServerExceptionMapper
    public Response unavailable(UpstreamUnavailableException e, UriInfo uri) {
        LOG.warnf("%s while rendering %s: %s", e.service(), uri.getPath(), e.getCause());
        return page(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), "unavailable", uri);
    }

    /** The helpful 404: a search box and the categories (none when the catalog cannot say). */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        Language lang = language.get();
        List<CategoryView> categories;
        try {
            categories = catalog.categories().stream().map(c -> ViewMapper.category(c, lang, null)).toList();
        } catch (RuntimeException catalogUnavailable) {
            categories = List.of();
        }
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(PageContext.of(lang, uri, ""), "notFound", backUrl(lang, "notFound",
                        uri.getPath()), categories).setLocale(lang.locale()).render())
                .build();
    }

    @ServerExceptionMapper
    public Response invalidInput(InputGuard.InvalidInputException e, UriInfo uri) {
        LOG.debugf("refused request: %s", e.getMessage());
        return page(Response.Status.BAD_REQUEST.getStatusCode(), "badRequest", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return clientError(web.getResponse(), uri);
        }
        if (ErrorKind.fromCsrfCheck(e)) {
            // e.g. a form token that is not even Base64: the same "form expired" answer as any failed check
            LOG.debugf("CSRF check refused a malformed token on %s: %s", uri.getPath(), e.getMessage());
            return page(Response.Status.FORBIDDEN.getStatusCode(), "expired", uri);
        }
        if (ErrorKind.isParamLimit(e)) {
            LOG.debugf("refused a form with too many fields on %s", uri.getPath());
            return page(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "tooLarge", uri);
        }
        LOG.errorf(e, "Unexpected failure while rendering %s", uri.getPath());
        return page(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "error", uri);
    }

    /** A 4xx with a body keeps it; an empty one (405, 406, 413, 415...) gets the friendly page with its status. */
    private Response clientError(Response response, UriInfo uri) {
        if (response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        return page(status, ErrorKind.forClientStatus(status).id(), uri);
    }

    private Response page(int status, String kind, UriInfo uri) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html(kind, uri))
                .build();
    }

    private String html(String kind, UriInfo uri) {
        return html(language.get(), kind, uri);
    }

    static String html(Language lang, String kind, UriInfo uri) {
        return Templates.error(PageContext.of(lang, uri, ""), kind, backUrl(lang, kind, uri.getPath()), List.of())
                .setLocale(lang.locale()).render();
    }

    /** Back to the form a refused POST came from (by its fixed path, never an echo of the request), else home. */
    static String backUrl(Language lang, String kind, String path) {
        if (!"expired".equals(kind) && !"tooLarge".equals(kind)) {
            return SitePaths.home(lang);
        }
        for (Language page : Language.values()) {
            if (path.startsWith(SitePaths.cart(page))) {
                return SitePaths.cart(page);
            }
            if (path.startsWith(SitePaths.contact(page))) {
                return SitePaths.contact(page);
            }
        }
        return SitePaths.home(lang);
    }
}
