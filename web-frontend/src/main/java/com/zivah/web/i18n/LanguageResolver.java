package com.zivah.web.i18n;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.RequestLanguage;
import com.zivah.web.config.WebConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * The site's page language: the kit's {@link RequestLanguage} (platform/ui) with the public site's rule that the URL
 * prefix ({@code /es/...}, {@code /en/...}: the public catalog) names the language by itself; else {@code ?lang=}
 * (pages outside the prefixes: the RFQ form), the {@code lang} cookie, Accept-Language, Spanish. The language of a
 * prefixed page or of {@code ?lang=} is remembered in the cookie, which is what {@code /} redirects by.
 */
@ApplicationScoped
public class LanguageResolver {

    public static final String COOKIE = RequestLanguage.COOKIE;
    public static final String PARAM = RequestLanguage.PARAM;

    private final WebConfig config;

    public LanguageResolver(WebConfig config) {
        this.config = config;
    }

    /** Before any other handler, so every page of the request sees the same language. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(new RequestLanguage(SitePaths::prefixLanguage,
                Duration.ofDays(config.languageCookieDays()), "/"));
    }

    /** The language of this request, decided once and then kept in the routing context. */
    public static Language of(RoutingContext ctx) {
        return RequestLanguage.of(ctx);
    }
}
