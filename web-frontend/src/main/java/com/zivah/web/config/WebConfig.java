package com.zivah.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the web tier (upstream URLs and timeouts live in quarkus.rest-client.*). */
@ConfigMapping(prefix = "zivah.web")
public interface WebConfig {

    /** Products per page on the home grid. */
    @WithDefault("12")
    int pageSize();

    /** How many products the RFQ form offers in its product list (the catalog caps a page at 100). */
    @WithDefault("100")
    int rfqProductLimit();

    /** Max-age of the language cookie set by the language switch, in days. */
    @WithDefault("365")
    int languageCookieDays();
}
