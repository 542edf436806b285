package com.zivah.admin.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Redirects with a relative {@code Location} (never built from the client-chosen Host), for the
 * post-redirect-get after every successful form: {@code Redirects.seeOther("/admin/quotes/ZQ-...?done=saved")}.
 */
public final class Redirects {

    private Redirects() {
    }

    /** A 303 to a path of the admin; {@code path} must start with "/admin" and be already encoded. */
    public static Response seeOther(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
    }
}
