package com.zivah.web.i18n;

import com.zivah.platform.i18n.Language;
import com.zivah.web.config.WebConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.common.util.WeightedLanguage;

/**
 * The one place that decides the page language, once per request, for JAX-RS pages and for the Vert.x-level
 * failure pages alike: the URL prefix ({@code /es/...}, {@code /en/...}: the public catalog), else an explicit
 * {@code ?lang=} (pages outside the prefixes: the RFQ form, /admin), else the {@code lang} cookie, else
 * Accept-Language (a malformed header counts as absent and is dropped), else Spanish. The language of a prefixed
 * page or of {@code ?lang=} is remembered in the cookie (only when it changes), which is what {@code /} redirects by.
 */
@ApplicationScoped
public class LanguageResolver {

    public static final String COOKIE = "lang";
    public static final String PARAM = "lang";
    private static final String KEY = LanguageResolver.class.getName();

    private final WebConfig config;

    public LanguageResolver(WebConfig config) {
        this.config = config;
    }

    /** Before any other handler (security included), so every page of the request sees the same language. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::resolve);
    }

    /** The language of this request, decided on first use and then kept in the routing context. */
    public static Language of(RoutingContext ctx) {
        Language decided = ctx.get(KEY);
        if (decided == null) {
            decided = decide(ctx);
            ctx.put(KEY, decided);
        }
        return decided;
    }

    private void resolve(RoutingContext ctx) {
        String acceptLanguage = ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (acceptLanguage != null && !isWellFormedAcceptLanguage(acceptLanguage)) {
            // ignored here, and removed so that nothing later (Qute's REST integration parses it for every page
            // and answered an empty 400) trips over it
            ctx.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
        of(ctx);
        Optional<Language> prefix = SitePaths.prefixLanguage(ctx.normalizedPath());
        Cookie current = ctx.request().getCookie(COOKIE);
        Optional<Language> switched = prefix.or(() -> Language.fromTag(param(ctx)))
                .filter(language -> current == null || !language.tag().equals(current.getValue()));
        ctx.addHeadersEndHandler(ignored -> {
            if (prefix.isEmpty()) {
                // a prefixed page's language is its URL; elsewhere it depends on these request headers
                ctx.response().headers().add(HttpHeaders.VARY, "Accept-Language, Cookie");
            }
            switched.ifPresent(language -> ctx.response().addCookie(Cookie.cookie(COOKIE, language.tag())
                    .setPath("/")
                    .setMaxAge(Duration.ofDays(config.languageCookieDays()).toSeconds())
                    .setSameSite(CookieSameSite.LAX)
                    .setSecure(ctx.request().isSSL())
                    .setHttpOnly(true)));
        });
        ctx.next();
    }

    /** The ?lang= value; a query string that does not even decode counts as no choice. */
    private static String param(RoutingContext ctx) {
        try {
            return ctx.request().getParam(PARAM);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static Language decide(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        return SitePaths.prefixLanguage(ctx.normalizedPath())
                .or(() -> Language.fromTag(param(ctx)))
                .or(() -> Language.fromTag(cookie == null ? null : cookie.getValue()))
                .or(() -> Language.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.DEFAULT);
    }

    /**
     * Whether both Java's RFC 4647 parser and the JAX-RS runtime's (RESTEasy Reactive, which Qute's REST
     * integration calls for every page) accept the header. {@code en;q=abc} fails the second, {@code en;q=2} the first.
     */
    static boolean isWellFormedAcceptLanguage(String header) {
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
