package com.zivah.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the gateway sends each path prefix, how long it waits, how much it lets through, and the edge
 * policies it applies to every response. Every route limit has a gateway-wide default in
 * {@link #defaults()} that a route may override ({@code zivah.gateway.routes.<route>.timeout=30S}).
 */
@ConfigMapping(prefix = "zivah.gateway")
public interface GatewayConfig {

    Routes routes();

    /** Limits that apply to every route unless the route overrides them. */
    Defaults defaults();

    /** An unreachable upstream must become a 502 quickly, never a hanging request (TCP connect). */
    @WithDefault("2S")
    Duration connectTimeout();

    /** A pooled keep-alive connection to an upstream that stays unused this long is closed. */
    @WithDefault("60S")
    Duration idleTimeout();

    /**
     * Proxies in front of the gateway (TLS ingress, load balancer) whose X-Forwarded-* headers are believed,
     * as IPs or CIDRs. Empty (the default): the gateway is the edge and such headers are replaced.
     */
    Optional<List<String>> trustedProxies();

    /** Edge policy against floods of public writes (RFQ submissions, the RFQ form). */
    RateLimit rateLimit();

    /** Response headers added to every response (pages, API answers, the gateway's own errors). */
    SecurityHeaders securityHeaders();

    /** The JSON access log, one line per request (logger category {@code zivah.access}). */
    @WithDefault("true")
    boolean accessLog();

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** POSTs one client address may make to {@link #paths()} in a burst; refilled evenly over {@link #period()}. */
        @WithDefault("20")
        int capacity();

        @WithDefault("1M")
        Duration period();

        /**
         * Exact paths whose POSTs are limited: the public APIs that store something and the web forms that post to
         * them (RFQ and contact form, both languages). The quote cart's own POSTs store nothing server-side (the
         * cart is a cookie) and are not limited. A path outside {@code /api/} gets the 429 as an HTML page.
         */
        @WithDefault("/api/quotes,/api/contact-messages,/es/cotizacion/enviar,/en/quote/send,/es/contacto,/en/contact")
        List<String> paths();

        /** IPv6 clients are keyed by this prefix: one subscriber usually holds a whole /64. */
        @WithDefault("64")
        int ipv6PrefixLength();
    }

    interface SecurityHeaders {
        /**
         * Sent unless the upstream set its own (a page with inline code sends a policy with its nonce).
         * No {@code 'unsafe-inline'}: pages keep scripts and styles in files.
         */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        @WithDefault("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")
        String permissionsPolicy();

        @WithDefault("strict-origin-when-cross-origin")
        String referrerPolicy();

        /** Sent only when the original scheme is https (TLS here, or a trusted proxy's X-Forwarded-Proto). */
        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();
    }

    interface Defaults {
        @WithDefault("10S")
        Duration timeout();

        @WithDefault("256K")
        MemorySize maxBodySize();

        @WithDefault("8K")
        MemorySize maxRequestLine();

        @WithDefault("16K")
        MemorySize maxHeaderSize();

        @WithDefault("64")
        int poolSize();

        @WithDefault("1024")
        int waitQueueSize();

        @WithDefault("5S")
        Duration queueTimeout();
    }

    /** Per-route limits; each one falls back to {@link GatewayConfig#defaults()}. */
    interface RouteLimits {
        /**
         * Longest wait for the upstream's response head: then 504 and the connection is closed. A body that stalls
         * afterwards is bounded by the client side's idle timeout ({@code quarkus.http.idle-timeout}).
         */
        Optional<Duration> timeout();

        /** Largest request body forwarded (Content-Length or counted while streaming): above it 413. */
        Optional<MemorySize> maxBodySize();

        /** Largest request line (method, path and query): above it 414. */
        Optional<MemorySize> maxRequestLine();

        /** Largest sum of request header names and values: above it 431. */
        Optional<MemorySize> maxHeaderSize();

        /** Keep-alive connections to the upstream, per gateway process. */
        Optional<Integer> poolSize();

        /** Requests that may wait for a pooled connection; a request beyond that gets a 503 at once. */
        Optional<Integer> waitQueueSize();

        /** Longest wait for a pooled connection: then 503 with Retry-After. */
        Optional<Duration> queueTimeout();
    }

    interface Route extends RouteLimits {
        URI url();
    }

    interface Routes {
        /** {@code /api/catalog/**} */
        Route catalog();

        /** {@code /api/quotes/**} */
        Route quotes();

        /** {@code /admin} and {@code /admin/**}: the staff area (admin-frontend). */
        Route admin();

        /** Everything else except the gateway's own {@code /q/**}. */
        Route web();

        /**
         * Keycloak (http-relative-path {@code /auth}): only {@code /auth/realms/zivah/**} (login pages, OIDC endpoints)
         * and {@code /auth/resources/**} (theme files); every other {@code /auth} path is a 404 here.
         */
        Route keycloak();
    }
}
