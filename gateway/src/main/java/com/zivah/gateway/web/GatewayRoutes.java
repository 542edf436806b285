package com.zivah.gateway.web;

import com.zivah.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The gateway's routing table on the Vert.x router: {@code /api/catalog/**} → catalog-service,
 * {@code /api/quotes/**} → quote-service, everything else → web-frontend. The gateway's own
 * {@code /q/**} (health, metrics) is never proxied.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    /** Every path except {@code /q} and {@code /q/...}, which belong to the gateway itself. */
    static final String NOT_MANAGEMENT = "^/(?!q(?:/|$)).*";

    private volatile boolean installed;

    /** True once the proxy routes are on the router (the readiness check reports it). */
    public boolean installed() {
        return installed;
    }

    void init(@Observes Router router, Vertx vertx, GatewayConfig config, MeterRegistry registry) {
        GatewayConfig.Routes routes = config.routes();
        ClientOrigin origin = new ClientOrigin(config.trustedProxies().orElse(List.of()));
        if (config.rateLimit().enabled()) {
            router.route().handler(new PublicWriteRateLimiter(config.rateLimit(), origin, registry));
        }
        router.route("/api/catalog/*").handler(proxyTo(vertx, config, origin, "catalog-service", routes.catalog()));
        router.route("/api/quotes/*").handler(proxyTo(vertx, config, origin, "quote-service", routes.quotes()));
        router.routeWithRegex(NOT_MANAGEMENT).handler(proxyTo(vertx, config, origin, "web-frontend", routes.web()));
        installed = true;
        LOG.infof("Routes: /api/catalog -> %s, /api/quotes -> %s, /* -> %s", routes.catalog(), routes.quotes(), routes.web());
    }

    private io.vertx.core.Handler<RoutingContext> proxyTo(Vertx vertx, GatewayConfig config, ClientOrigin origin,
                                                          String name, URI upstream) {
        boolean tls = "https".equalsIgnoreCase(upstream.getScheme());
        int port = upstream.getPort() > 0 ? upstream.getPort() : (tls ? 443 : 80);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setSsl(tls)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setKeepAlive(true));
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .origin(port, upstream.getHost())
                .addInterceptor(new ForwardingInterceptor(name, origin));
        return ctx -> {
            String requestId = RequestIds.assign(ctx.request());
            // set last, so it is exactly one header even when the upstream echoes it too
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, requestId));
            proxy.handle(ctx.request());
        };
    }
}
