package com.zivah.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "zivah.outbox")
public interface OutboxConfig {

    /**
     * Build-time switch read by {@code @IfBuildProperty} on {@link OutboxRelay}: true in services that publish.
     * Declared here so the {@code zivah.outbox} prefix maps completely.
     */
    @WithDefault("false")
    boolean enabled();

    /** How often the relay looks for due rows besides being woken after each commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows published per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long to wait for Kafka to acknowledge a batch before the rows are retried. */
    @WithDefault("10s")
    Duration ackTimeout();

    /** First retry delay; doubles per attempt up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** Published rows are kept this long for audits and replays, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
