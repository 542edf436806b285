package com.zivah.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

    private final OutboxConfig config = new OutboxConfig() {
        public boolean enabled() { return true; }
        public Duration pollInterval() { return Duration.ofSeconds(1); }
        public int batchSize() { return 100; }
        public Duration ackTimeout() { return Duration.ofSeconds(10); }
        public Duration initialBackoff() { return Duration.ofSeconds(1); }
        public Duration maxBackoff() { return Duration.ofMinutes(5); }
        public Duration retention() { return Duration.ofDays(7); }
    };

    private final OutboxRelay relay = new OutboxRelay(null, null, null, config,
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), new UntilStarted());

    @Test
    void retriesBackOffExponentiallyUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), relay.backoff(1));
        assertEquals(Duration.ofSeconds(2), relay.backoff(2));
        assertEquals(Duration.ofSeconds(8), relay.backoff(4));
        assertEquals(Duration.ofMinutes(5), relay.backoff(12));
        assertEquals(Duration.ofMinutes(5), relay.backoff(1000));
    }
}
