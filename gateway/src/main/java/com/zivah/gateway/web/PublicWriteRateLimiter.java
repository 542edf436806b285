package com.zivah.gateway.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zivah.gateway.config.GatewayConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Limits POSTs to the public write paths (RFQ API and form) per client address with a token bucket:
 * a burst of {@code capacity}, refilled evenly over {@code period}. Over the limit the caller gets a 429
 * with {@code Retry-After}: a problem on API paths, a short HTML page in the visitor's language on the web forms'
 * paths ({@link TooManyRequestsPage}); nothing reaches the services. The client is the TCP peer, or behind
 * trusted proxies the address they forwarded ({@link ClientOrigin}).
 */
final class PublicWriteRateLimiter implements Handler<RoutingContext> {

    private final GatewayConfig.RateLimit config;
    private final ClientOrigin origin;
    private final Set<String> paths;
    private final Cache<String, Bucket> buckets;
    private final Counter rejected;

    PublicWriteRateLimiter(GatewayConfig.RateLimit config, ClientOrigin origin, MeterRegistry registry) {
        this.config = config;
        this.origin = origin;
        this.paths = Set.copyOf(config.paths());
        // an idle client's bucket is full again after one period, so it can be forgotten then
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(config.period().toMillis(), TimeUnit.MILLISECONDS)
                .maximumSize(100_000)
                .build();
        this.rejected = registry.counter("zivah.gateway.rate_limited");
    }

    /** The decoded, normalized path without a trailing slash, so {@code /api/quotes/} or {@code /%63otizar} can't slip by. */
    static String limitedPath(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.POST || !paths.contains(limitedPath(ctx))) {
            ctx.next();
            return;
        }
        String client = key(origin.client(ctx.request()));
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(config.capacity()).refillGreedy(config.capacity(), config.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        rejected.increment();
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        ctx.response().putHeader("Retry-After", String.valueOf(retryAfter));
        String path = limitedPath(ctx);
        if (path.startsWith("/api/")) {
            Problems.send(ctx, 429, "rate-limited", "Too many requests",
                    "Too many submissions from your address; try again in " + retryAfter + " s.", false);
        } else {
            TooManyRequestsPage.send(ctx, TooManyRequestsPage.english(path, ctx.request().getCookie("lang")),
                    retryAfter);
        }
    }

    /** The bucket key: an IPv4 address as is, an IPv6 address reduced to its prefix (a subscriber holds a whole /64). */
    String key(String client) {
        if (client.indexOf(':') < 0) {
            return client;
        }
        String literal = client.startsWith("[") && client.endsWith("]") ? client.substring(1, client.length() - 1) : client;
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return client; // only address literals: never a DNS lookup on the event loop
        }
        try {
            byte[] address = java.net.InetAddress.getByName(literal).getAddress();
            if (address.length != 16) {
                return client;
            }
            int bits = config.ipv6PrefixLength();
            for (int i = 0; i < 16; i++) {
                int keep = Math.max(0, Math.min(8, bits - i * 8));
                address[i] &= (byte) (0xff << (8 - keep));
            }
            return java.net.InetAddress.getByAddress(address).getHostAddress() + "/" + bits;
        } catch (java.net.UnknownHostException e) {
            return client;
        }
    }
}
