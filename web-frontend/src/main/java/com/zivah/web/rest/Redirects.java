package com.zivah.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Redirects with a relative {@code Location} (RFC 9110 §10.2.2). {@code Response.seeOther(URI)} would make it
 * absolute from the request's Host / X-Forwarded-Host, which the client chooses: {@code Host: evil.example}
 * then gave {@code Location: http://evil.example/...}. A relative reference resolves against whatever host the
 * browser actually used (the gateway, or this app directly), so no configuration is needed.
 */
final class Redirects {

    private Redirects() {
    }

    /** A 303 to a path of this site; {@code path} must start with a single "/" and be already encoded. */
    static Response seeOther(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
    }
}
