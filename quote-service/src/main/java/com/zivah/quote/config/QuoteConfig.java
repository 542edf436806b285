package com.zivah.quote.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The quote service's typed settings ({@code zivah.quote.*}; environment {@code ZIVAH_QUOTE_*}). */
@ConfigMapping(prefix = "zivah.quote")
public interface QuoteConfig {

    /** First part of every human quote number: {@code <prefix>-<year>-<6 digits>}. */
    @WithDefault("ZQ")
    String numberPrefix();
}
