package com.zivah.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the web tier (upstream URLs and timeouts live in quarkus.rest-client.*). */
@ConfigMapping(prefix = "zivah.web")
public interface WebConfig {

    /**
     * The site's public origin (scheme, host, optional port; no trailing slash), the start of every absolute URL the
     * site writes (canonical, hreflang, sitemap, Open Graph, JSON-LD). Never taken from the request's Host.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Products per page of the catalog and category pages. */
    @WithDefault("12")
    int pageSize();

    /** Products shown on the home page. */
    @WithDefault("8")
    int homeProducts();

    /** Categories featured on the home page (the first ones in the catalog's order). */
    @WithDefault("6")
    int homeCategories();

    /** How many products the RFQ form offers in its product list (the catalog caps a page at 100). */
    @WithDefault("100")
    int rfqProductLimit();

    /** Max-age of the language cookie set by the language switch, in days. */
    @WithDefault("365")
    int languageCookieDays();
}
