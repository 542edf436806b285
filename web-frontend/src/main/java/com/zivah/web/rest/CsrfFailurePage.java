package com.zivah.web.rest;

import com.zivah.platform.ui.error.CsrfRefusal;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Quarkus REST CSRF answers a failed check (no cookie, no field, a token that does not match its signed cookie)
 * with an empty 400 or 403. This turns exactly that answer into a 403 with the localized "the form has expired" page
 * and a way back to the form. Our own 400s always carry a body, so an empty 4xx on an unsafe method whose token was not
 * verified can only be the CSRF filter's.
 */
public class CsrfFailurePage {

    private final CurrentLanguage language;

    public CsrfFailurePage(CurrentLanguage language) {
        this.language = language;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing,
            UriInfo uri) {
        CsrfRefusal.of(request, response, routing).ifPresent(kind -> {
            // a failed check refuses the request whatever Quarkus chose (400 for a missing cookie, 403 for a mismatch)
            response.setStatus(403);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setEntity(ErrorPages.html(language.get(), kind.id(), uri), new Annotation[0],
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        });
    }
}
