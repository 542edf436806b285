package com.zivah.gateway.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The 429 a visitor sees when a web form (RFQ, contact) was posted too often from their address: a small,
 * self-contained HTML page (no script, no style: the CSP needs nothing) in the page's language, by the path prefix
 * ({@code /en/...}), else the {@code lang} cookie web-frontend sets, else Spanish (the site's default), with the wait
 * in words and a way back. API paths keep their problem+json ({@link Problems}).
 */
final class TooManyRequestsPage {

    private TooManyRequestsPage() {
    }

    /** English for {@code /en} paths, else when the visitor chose English (cookie) on a path without a prefix. */
    static boolean english(String path, Cookie lang) {
        if (path.equals("/en") || path.startsWith("/en/")) {
            return true;
        }
        if (path.equals("/es") || path.startsWith("/es/")) {
            return false;
        }
        return lang != null && "en".equals(lang.getValue());
    }

    static String html(boolean english, long retryAfterSeconds) {
        long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
        String wait = english
                ? (retryAfterSeconds < 60 ? retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds")
                        : minutes + (minutes == 1 ? " minute" : " minutes"))
                : (retryAfterSeconds < 60 ? retryAfterSeconds + (retryAfterSeconds == 1 ? " segundo" : " segundos")
                        : minutes + (minutes == 1 ? " minuto" : " minutos"));
        String lang = english ? "en" : "es";
        String title = english ? "Too many submissions" : "Demasiados envíos";
        String text = english
                ? "We have received several forms from your connection in a short time. Your data has not been sent"
                        + " this time: please wait " + wait + " and send the form again."
                : "Hemos recibido varios formularios desde su conexión en poco tiempo. Esta vez sus datos no se han"
                        + " enviado: espere " + wait + " y vuelva a enviar el formulario.";
        String back = english ? "Back to the home page" : "Volver al inicio";
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " · ZIVAH International</title>\n</head>\n<body>\n<main>\n"
                + "<h1>" + title + "</h1>\n<p>" + text + "</p>\n"
                + "<p><a href=\"/" + lang + "/\">" + back + "</a></p>\n</main>\n</body>\n</html>\n";
    }

    static void send(RoutingContext ctx, boolean english, long retryAfterSeconds) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(429)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Language", english ? "en" : "es")
                .putHeader("Cache-Control", "no-store")
                .end(html(english, retryAfterSeconds));
    }
}
