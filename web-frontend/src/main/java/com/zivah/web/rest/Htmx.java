package com.zivah.web.rest;

import jakarta.ws.rs.core.HttpHeaders;

/** htmx's headers: a fragment is answered to its own requests, the full page to anything else. */
final class Htmx {

    static final String REQUEST = "HX-Request";
    static final String HISTORY_RESTORE = "HX-History-Restore-Request";
    /** Response header: the URL htmx pushes into the history instead of the request's. */
    static final String PUSH_URL = "HX-Push-Url";

    private Htmx() {
    }

    /** An htmx swap (not a history restore, which needs the whole page). */
    static boolean wantsFragment(HttpHeaders headers) {
        return "true".equals(headers.getHeaderString(REQUEST))
                && !"true".equals(headers.getHeaderString(HISTORY_RESTORE));
    }
}
