package com.zivah.admin.rest;

import com.zivah.platform.ui.error.CsrfRefusal;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A failed CSRF check (platform/ui's {@link CsrfRefusal}) becomes a 403 with the "form has expired" page. */
public class CsrfFailurePage {

    private final CurrentLanguage language;

    public CsrfFailurePage(CurrentLanguage language) {
        this.language = language;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing,
            UriInfo uri) {
        CsrfRefusal.of(request, response, routing).ifPresent(kind -> {
            response.setStatus(403);
            response.setEntity(ErrorPages.html(AdminPage.of(language.get(), uri, ""), kind.id()), new Annotation[0],
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        });
    }
}
