package com.zivah.gateway.web;

import com.zivah.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first handler of every request, gateway-generated answers included: request id, access log, the
 * security headers on every response, no banners, compression only for text, and refusal of paths that
 * upstreams would read differently from the gateway ({@code ;} matrix parameters, which the services strip
 * but the rate limiter would not) or that carry control bytes (NUL, CR, LF) — 400 before anything is forwarded.
 */
final class EdgePolicy implements Handler<RoutingContext> {

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/plain", "text/css", "text/javascript",
            "application/javascript", "application/json", "application/problem+json", "application/xml",
            "image/svg+xml", "text/xml", "text/csv");

    private final GatewayConfig.SecurityHeaders headers;
    private final ClientOrigin origin;
    private final AccessLog accessLog;
    private final boolean compression;

    EdgePolicy(GatewayConfig config, ClientOrigin origin, boolean compression) {
        this.headers = config.securityHeaders();
        this.compression = compression;
        this.origin = origin;
        this.accessLog = config.accessLog() ? new AccessLog(origin) : null;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String requestId = RequestIds.assign(ctx);
        Vertx.currentContext().putLocal(UpstreamRoute.METRIC_TEMPLATE_KEY, "/**");
        if (accessLog != null) {
            accessLog.track(ctx);
        }
        boolean https = "https".equalsIgnoreCase(origin.forwarded(ctx.request(), "X-Forwarded-Proto",
                ctx.request().isSSL() ? "https" : "http"));
        ctx.addHeadersEndHandler(v -> onHeaders(ctx.response().headers(), requestId, https));

        String problem = pathProblem(ctx.request());
        if (problem != null) {
            Problems.send(ctx, 400, "bad-path", "Malformed request path", problem, false);
            return;
        }
        ctx.next();
    }

    /** Why the path must be refused, or null. */
    static String pathProblem(HttpServerRequest request) {
        String raw = request.path();
        if (raw == null || !raw.startsWith("/")) {
            return "The request path must start with '/'.";
        }
        if (raw.indexOf(';') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%3b")) {
            return "Path parameters (';') are not accepted.";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "The request path contains control characters.";
            }
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return "The request path contains a malformed percent-escape.";
                }
                if (controlEscape(raw.charAt(i + 1), raw.charAt(i + 2))) {
                    return "The request path contains control characters.";
                }
            }
        }
        return null;
    }

    /** {@code %00}–{@code %1F} and {@code %7F}. */
    private static boolean controlEscape(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h >= 0 && l >= 0 && (h < 2 || (h == 7 && l == 15));
    }

    private void onHeaders(MultiMap response, String requestId, boolean https) {
        response.set(RequestIds.HEADER, requestId); // exactly one, even when the upstream echoes it too
        response.remove("Server");
        response.remove("X-Powered-By");
        setIfAbsent(response, "Content-Security-Policy", headers.contentSecurityPolicy());
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", headers.referrerPolicy());
        setIfAbsent(response, "Permissions-Policy", headers.permissionsPolicy());
        if (https) {
            setIfAbsent(response, "Strict-Transport-Security", headers.strictTransportSecurity());
        }
        if (compression) {
            chooseEncoding(response);
        }
    }

    /**
     * Quarkus marks every response {@code Content-Encoding: identity} (the server's compressor then leaves it
     * alone); text is released for gzip here, unless the upstream already encoded the body itself.
     */
    private static void chooseEncoding(MultiMap response) {
        List<String> upstream = response.getAll("Content-Encoding").stream()
                .filter(encoding -> !"identity".equalsIgnoreCase(encoding.strip())).toList();
        response.remove("Content-Encoding");
        if (!upstream.isEmpty()) {
            response.add("Content-Encoding", upstream);
        } else if (!compressible(response.get("Content-Type"))) {
            response.set("Content-Encoding", "identity");
        }
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return COMPRESSIBLE.contains(type);
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
