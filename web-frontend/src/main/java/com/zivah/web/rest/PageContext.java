package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.i18n.LanguageResolver;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * What the layout needs on every page: the language ({@code <html lang>}), the language-switch links
 * (the current page with {@code ?lang=} replaced) and which navigation entry is current.
 */
public record PageContext(String lang, String esUrl, String enUrl, String section) {

    public static PageContext of(Language language, UriInfo uri, String section) {
        return new PageContext(language.tag(), switchUrl(uri, Language.ES), switchUrl(uri, Language.EN), section);
    }

    /**
     * For the pages Vert.x handlers answer before JAX-RS (no {@link UriInfo}): the language switch leads to the
     * home page. The language itself always comes from {@link LanguageResolver}.
     */
    public static PageContext outsideJaxRs(Language language) {
        return new PageContext(language.tag(), "/?" + LanguageResolver.PARAM + "=es",
                "/?" + LanguageResolver.PARAM + "=en", "");
    }

    public boolean isEnglish() {
        return "en".equals(lang);
    }

    /** Path and query only, so the link stays on whatever host the browser used (gateway or direct). */
    private static String switchUrl(UriInfo uri, Language target) {
        try {
            URI url = uri.getRequestUriBuilder().replaceQueryParam(LanguageResolver.PARAM, target.tag()).build();
            return url.getRawPath() + "?" + url.getRawQuery();
        } catch (RuntimeException undecodable) {
            // a request URL that does not even parse (only error pages get here): switch on the home page
            return "/?" + LanguageResolver.PARAM + "=" + target.tag();
        }
    }
}
