package com.zivah.platform.ui.error;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes Quarkus REST CSRF's answer to a failed check (no cookie, no field, a token that does not match its
 * signed cookie): an empty 400 or 403 on an unsafe method whose token was not verified — the frontends' own 4xx always
 * carry a body. A frontend's response filter turns it into a 403 with the page of the returned kind: "the form has
 * expired" for a form post, "bad request" otherwise.
 */
public final class CsrfRefusal {

    /** The attribute Quarkus REST CSRF sets once the token of the request checked out. */
    static final String VERIFIED = "csrf_token_verified";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private CsrfRefusal() {
    }

    public static Optional<ErrorKind> of(ContainerRequestContext request, ContainerResponseContext response,
            RoutingContext routing) {
        if ((response.getStatus() != 400 && response.getStatus() != 403) || response.hasEntity()
                || SAFE_METHODS.contains(request.getMethod()) || routing.get(VERIFIED) != null) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        return Optional.of(form ? ErrorKind.EXPIRED : ErrorKind.BAD_REQUEST);
    }
}
