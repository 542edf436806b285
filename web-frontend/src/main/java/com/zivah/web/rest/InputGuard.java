package com.zivah.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses control characters (NUL and the other C0 codes, DEL) in the path and in every query parameter
 * before any page logic or upstream call sees them: no search, category, slug or id legitimately contains one,
 * and a NUL that reached the catalog became a PostgreSQL error. The visitor gets the friendly 400 page.
 * A path with one matches no page anyway (the friendly 404). Form fields are checked by the form's own
 * validation, where the form can be shown again.
 */
public class InputGuard {

    /** C0 controls and DEL; tab, CR and LF are refused too (none belongs in a URL value). */
    static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    /** After matching, so the request already has its route template (metrics never label it by its raw path). */
    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        String path;
        MultivaluedMap<String, String> query;
        try {
            path = request.getUriInfo().getPath();
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException undecodable) {
            throw new InvalidInputException("undecodable URL");
        }
        if (CONTROL.matcher(path).find()) {
            throw new InvalidInputException("control character in the path");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (CONTROL.matcher(parameter.getKey()).find()) {
                throw new InvalidInputException("control character in a query parameter name");
            }
            for (String value : parameter.getValue()) {
                if (value != null && CONTROL.matcher(value).find()) {
                    throw new InvalidInputException("control character in query parameter " + parameter.getKey());
                }
            }
        }
    }

    /** What the visitor sent cannot be a valid request (shown as the localized 400 page, logged at DEBUG). */
    public static class InvalidInputException extends RuntimeException {
        public InvalidInputException(String reason) {
            super(reason, null, false, false);
        }
    }
}
