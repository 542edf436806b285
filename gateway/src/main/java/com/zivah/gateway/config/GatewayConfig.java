package com.zivah.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the gateway sends each path prefix, and how long it waits for an upstream. */
@ConfigMapping(prefix = "zivah.gateway")
public interface GatewayConfig {

    Routes routes();

    /** An unreachable upstream must become a 502 quickly, never a hanging request. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** A connection to an upstream that sends nothing for this long is closed (the caller gets a 502). */
    @WithDefault("60S")
    Duration idleTimeout();

    /**
     * Proxies in front of the gateway (TLS ingress, load balancer) whose X-Forwarded-* headers are believed,
     * as IPs or CIDRs. Empty (the default): the gateway is the edge and such headers are replaced.
     */
    Optional<List<String>> trustedProxies();

    /** Edge policy against floods of public writes (RFQ submissions, the RFQ form). */
    RateLimit rateLimit();

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** POSTs one client address may make to {@link #paths()} in a burst; refilled evenly over {@link #period()}. */
        @WithDefault("20")
        int capacity();

        @WithDefault("1M")
        Duration period();

        /** Exact paths whose POSTs are limited. */
        @WithDefault("/api/quotes,/cotizar")
        List<String> paths();
    }

    interface Routes {
        /** {@code /api/catalog/**} */
        @WithDefault("http://localhost:8082")
        URI catalog();

        /** {@code /api/quotes/**} */
        @WithDefault("http://localhost:8083")
        URI quotes();

        /** Everything else except the gateway's own {@code /q/**}. */
        @WithDefault("http://localhost:8081")
        URI web();
    }
}
