package com.zivah.quote.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Declares the two {@code zivah.outbox.*} keys that platform's {@code OutboxConfig} mapping does not:
 * without it, startup fails with "zivah.outbox.enabled does not map to any root" because the mapping
 * claims the whole prefix. Remove once platform's OutboxConfig declares {@code enabled} and {@code pollInterval}.
 */
@ConfigMapping(prefix = "zivah.outbox")
public interface OutboxSwitches {

    /** Build property read by platform's {@code @IfBuildProperty} on OutboxRelay. */
    @WithDefault("false")
    boolean enabled();

    /** How often the relay polls for due rows (read by its {@code @Scheduled}). */
    @WithDefault("1s")
    Duration pollInterval();
}
