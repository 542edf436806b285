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

    /**
     * Safety net only: how long a batch waits for the outcomes of its sends. The relay normally waits for each send's
     * own outcome (ack, or the producer's failure after {@code max.block.ms} + {@code delivery.timeout.ms}); this
     * must stay above that sum, or a send still buffered in the producer would be given up on and the row sent again
     * (a duplicate record). A row past this deadline is not resent while its first send is pending.
     */
    @WithDefault("2m")
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
