package com.zivah.web.rest;

import com.zivah.platform.http.ETags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Public pages as revalidatable responses: a strong ETag (SHA-256 of the rendered body), {@code Cache-Control:
 * public, no-cache} (every use revalidates, so a catalog change shows at once; an unchanged page costs a 304 without
 * a body) and {@code Vary: HX-Request} (the same URL answers htmx with a fragment).
 */
final class CachedPage {

    static final String CACHE_CONTROL = "public, no-cache";

    private CachedPage() {
    }

    static Response of(String body, MediaType type, HttpHeaders request) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return of(bytes, etag(bytes), type, request);
    }

    /** {@code body} (UTF-8) with its {@code etag}, or a 304 when the client holds it already. */
    static Response of(byte[] body, String etag, MediaType type, HttpHeaders request) {
        Response.ResponseBuilder response;
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response = Response.notModified();
        } else {
            response = Response.ok(body, type);
        }
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, Htmx.REQUEST)
                .build();
    }

    static String etag(String body) {
        return etag(body.getBytes(StandardCharsets.UTF_8));
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
