package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.i18n.LanguageResolver;
import com.zivah.web.i18n.SitePaths;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * What the layout needs on every page: the language ({@code <html lang>}), the language-switch links (the same page
 * in the other language), which navigation entry is current and, on the public catalog pages, the SEO head: title,
 * description, canonical and hreflang URLs (absolute, from the configured public base URL), Open Graph image.
 * {@code title} null: the template's own {@code {#title}} is used. Searched and filtered lists stay indexable with the
 * plain list as their canonical URL (a noindex cost search-result pages their Lighthouse SEO score for no gain).
 */
public record PageContext(String lang, String esUrl, String enUrl, String section, String title, String description,
        String canonical, String esAlternate, String enAlternate, String ogType, String ogImage) {

    public static PageContext of(Language language, UriInfo uri, String section) {
        String path;
        String query;
        try {
            URI url = uri.getRequestUri();
            path = url.getRawPath();
            query = url.getRawQuery();
        } catch (RuntimeException undecodable) {
            path = null;
            query = null;
        }
        if (path == null) {
            // a request URL that does not even parse (only error pages get here): switch on the home page
            return outsideJaxRs(language);
        }
        return new PageContext(language.tag(), SitePaths.switchLanguage(path, query, Language.ES),
                SitePaths.switchLanguage(path, query, Language.EN), section, null, null, null, null, null, null, null);
    }

    /**
     * For the pages Vert.x handlers answer before JAX-RS (no {@link UriInfo}): the language switch leads to the
     * home page. The language itself always comes from {@link LanguageResolver}.
     */
    public static PageContext outsideJaxRs(Language language) {
        return new PageContext(language.tag(), SitePaths.home(Language.ES), SitePaths.home(Language.EN), "", null,
                null, null, null, null, null, null);
    }

    /** A public page with its SEO head; {@code esPath}/{@code enPath} are its canonical paths in each language. */
    public static PageContext publicPage(Language language, String baseUrl, String section, String esPath,
            String enPath, String switchQuery, String title, String description) {
        String query = switchQuery == null || switchQuery.isEmpty() ? "" : "?" + switchQuery;
        return new PageContext(language.tag(), esPath + query, enPath + query, section, title, description,
                baseUrl + language.pick(esPath, enPath), baseUrl + esPath, baseUrl + enPath, "website", null);
    }

    public PageContext withCanonical(String canonicalPath, String baseUrl) {
        return new PageContext(lang, esUrl, enUrl, section, title, description, baseUrl + canonicalPath, esAlternate,
                enAlternate, ogType, ogImage);
    }

    public PageContext withOpenGraph(String type, String imageUrl) {
        return new PageContext(lang, esUrl, enUrl, section, title, description, canonical, esAlternate, enAlternate,
                type, imageUrl);
    }

    public boolean isEnglish() {
        return "en".equals(lang);
    }

    public Language language() {
        return Language.ofTag(lang);
    }

    public String homeUrl() {
        return SitePaths.home(language());
    }

    public String catalogUrl() {
        return SitePaths.catalog(language());
    }

    public String quoteUrl() {
        return SitePaths.quote(language());
    }

    public String cartUrl() {
        return SitePaths.cart(language());
    }

    public String cartCountUrl() {
        return SitePaths.cartCount(language());
    }

    public String contactUrl() {
        return SitePaths.contact(language());
    }

    public String ogLocale() {
        return isEnglish() ? "en_US" : "es_ES";
    }
}
