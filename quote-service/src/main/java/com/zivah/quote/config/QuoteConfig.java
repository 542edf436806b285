package com.zivah.quote.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "zivah.quote")
public interface QuoteConfig {

    /** First part of every human quote number: {@code <prefix>-<year>-<6 digits>}. */
    @WithDefault("ZQ")
    String numberPrefix();

    /** Topic of QuoteSubmitted v1; a v2 would get its own topic next to it. */
    @WithDefault("zivah.quote.submitted.v1")
    String submittedTopic();
}
