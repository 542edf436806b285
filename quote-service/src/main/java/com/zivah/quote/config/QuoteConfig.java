package com.zivah.quote.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The quote service's typed settings ({@code zivah.quote.*}; environment {@code ZIVAH_QUOTE_*}). */
@ConfigMapping(prefix = "zivah.quote")
public interface QuoteConfig {

    /** First part of every human quote number: {@code <prefix>-<year>-<6 digits>}. */
    @WithDefault("ZQ")
    String numberPrefix();

    /** First part of every contact-message reference: {@code <prefix>-<year>-<6 digits>}. */
    @WithDefault("ZM")
    String contactReferencePrefix();

    Idempotency idempotency();

    /** Idempotency-Key of the public POSTs ({@code zivah.quote.idempotency.*}). */
    interface Idempotency {

        /** How long a key is remembered: a retry within it replays the first answer. */
        @WithDefault("24h")
        Duration retention();

        /** How often keys older than {@link #retention()} are deleted (a scheduler interval). */
        @WithDefault("10m")
        String purgeEvery();
    }
}
