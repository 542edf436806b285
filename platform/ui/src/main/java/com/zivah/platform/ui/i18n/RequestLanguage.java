package com.zivah.platform.ui.i18n;

import com.zivah.platform.i18n.Language;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.resteasy.reactive.common.util.WeightedLanguage;

/**
 * The one place that decides a frontend page's language, once per request, for JAX-RS pages and Vert.x-level
 * failure pages alike: the URL prefix (the application's own rule, e.g. web-frontend's {@code /es/...}; none for the
 * admin), else an explicit {@code ?lang=} (the language switch), else the {@code lang} cookie, else Accept-Language
 * (a malformed header counts as absent and is dropped), else Spanish ({@link Language#DEFAULT}). A language chosen
 * by prefix or {@code ?lang=} is remembered in the cookie (only when it changes). Each frontend installs one
 * instance as its first route handler ({@code router.route().order(Integer.MIN_VALUE).handler(...)}).
 */
public final class RequestLanguage implements Handler<RoutingContext> {

    public static final String COOKIE = "lang";
    public static final String PARAM = "lang";
    private static final String KEY = RequestLanguage.class.getName();
    private static final String PREFIX_KEY = KEY + ".prefix";

    private final Function<String, Optional<Language>> prefixLanguage;
    private final Duration cookieAge;
    private final String cookiePath;

    /**
     * @param prefixLanguage the language a normalized path names by itself (empty: none)
     * @param cookieAge how long the {@code lang} cookie keeps a choice
     * @param cookiePath the cookie's path ({@code /}: the whole origin, shared by the public site and the admin)
     */
    public RequestLanguage(Function<String, Optional<Language>> prefixLanguage, Duration cookieAge, String cookiePath) {
        this.prefixLanguage = prefixLanguage;
        this.cookieAge = cookieAge;
        this.cookiePath = cookiePath;
    }

    /** The language of this request, decided on first use and then kept in the routing context. */
    public static Language of(RoutingContext ctx) {
        Language decided = ctx.get(KEY);
        if (decided == null) {
            Optional<Language> prefix = ctx.get(PREFIX_KEY);
            decided = decide(ctx, prefix == null ? Optional.empty() : prefix);
            ctx.put(KEY, decided);
        }
        return decided;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String acceptLanguage = ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (acceptLanguage != null && !isWellFormedAcceptLanguage(acceptLanguage)) {
            // ignored here, and removed so that nothing later (Qute's REST integration parses it for every page
            // and answered an empty 400) trips over it
            ctx.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
        Optional<Language> prefix = prefixLanguage.apply(ctx.normalizedPath());
        ctx.put(PREFIX_KEY, prefix);
        of(ctx);
        Cookie current = ctx.request().getCookie(COOKIE);
        Optional<Language> switched = prefix.or(() -> Language.fromTag(param(ctx)))
                .filter(language -> current == null || !language.tag().equals(current.getValue()));
        ctx.addHeadersEndHandler(ignored -> {
            if (prefix.isEmpty()) {
                // a prefixed page's language is its URL; elsewhere it depends on these request headers
                ctx.response().headers().add(HttpHeaders.VARY, "Accept-Language, Cookie");
            }
            switched.ifPresent(language -> ctx.response().addCookie(Cookie.cookie(COOKIE, language.tag())
                    .setPath(cookiePath)
                    .setMaxAge(cookieAge.toSeconds())
                    .setSameSite(CookieSameSite.LAX)
                    .setSecure(ctx.request().isSSL())
                    .setHttpOnly(true)));
        });
        ctx.next();
    }

    /**
     * The language switch's link: the same page ({@code rawPath}, raw query kept) with {@code ?lang=} replaced by
     * {@code target}. Raw (encoded) path and query; nothing else of the request is echoed.
     */
    public static String switchUrl(String rawPath, String rawQuery, Language target) {
        StringBuilder query = new StringBuilder();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAM) && !pair.startsWith(PARAM + "=")) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append(PARAM).append('=').append(target.tag());
        return rawPath + "?" + query;
    }

    /** The ?lang= value; a query string that does not even decode counts as no choice. */
    private static String param(RoutingContext ctx) {
        try {
            return ctx.request().getParam(PARAM);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static Language decide(RoutingContext ctx, Optional<Language> prefix) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        return prefix
                .or(() -> Language.fromTag(param(ctx)))
                .or(() -> Language.fromTag(cookie == null ? null : cookie.getValue()))
                .or(() -> Language.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.DEFAULT);
    }

    /**
     * Whether both Java's RFC 4647 parser and the JAX-RS runtime's (RESTEasy Reactive, which Qute's REST
     * integration calls for every page) accept the header. {@code en;q=abc} fails the second, {@code en;q=2} the first.
     */
    public static boolean isWellFormedAcceptLanguage(String header) {
        try {
            Locale.LanguageRange.parse(header);
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    WeightedLanguage.parse(part.trim());
                }
            }
            return true;
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
