package com.zivah.gateway.web;

import com.zivah.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The gateway's routing table on the Vert.x router: {@code /api/catalog/**} → catalog-service,
 * {@code /api/quotes/**} and {@code /api/contact-messages/**} → quote-service, {@code /auth/realms/zivah/**} and
 * {@code /auth/resources/**} → Keycloak, everything else → web-frontend, after the edge policy
 * ({@link EdgePolicy}) and the rate limit of public writes. Health and metrics live on the management
 * interface (another port), so {@code /q/**} is never proxied: it is a 404 here.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    /** Every path except {@code /q} and {@code /q/...}, which upstreams must never be asked for through the edge. */
    static final String NOT_MANAGEMENT = "^/(?!q(?:/|$)).*";
    /** What browsers need of Keycloak: the zivah realm's pages and endpoints, and the theme resources. */
    static final String KEYCLOAK_PUBLIC = "^/auth/(?:realms/zivah|resources)/.*";
    /** The rest of Keycloak (admin console and admin API, master realm, welcome page) is not public. */
    static final String KEYCLOAK_PRIVATE = "^/auth(?:/.*)?$";

    private volatile boolean installed;

    /** True once the proxy routes are on the router (the readiness check reports it). */
    public boolean installed() {
        return installed;
    }

    void init(@Observes Router router, Vertx vertx, GatewayConfig config, MeterRegistry registry,
              @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compression) {
        GatewayConfig.Routes routes = config.routes();
        ClientOrigin origin = new ClientOrigin(config.trustedProxies().orElse(List.of()));
        router.route().order(-1000).handler(new EdgePolicy(config, origin, compression));
        if (config.rateLimit().enabled()) {
            router.route().order(-900).handler(new PublicWriteRateLimiter(config.rateLimit(), origin, registry));
        }
        UpstreamRoute catalog = new UpstreamRoute(vertx, config, origin, "catalog-service", "/api/catalog/**", routes.catalog());
        UpstreamRoute quotes = new UpstreamRoute(vertx, config, origin, "quote-service", "/api/quotes/**", routes.quotes());
        UpstreamRoute admin = new UpstreamRoute(vertx, config, origin, "admin-frontend", "/admin/**", routes.admin());
        UpstreamRoute web = new UpstreamRoute(vertx, config, origin, "web-frontend", "/**", routes.web());
        UpstreamRoute keycloak = new UpstreamRoute(vertx, config, origin, "keycloak", "/auth/**", routes.keycloak());
        router.route("/api/catalog/*").handler(catalog.handler());
        router.route("/api/quotes/*").handler(quotes.handler());
        // the contact form's messages live in quote-service too: same upstream, same pool and limits
        router.route("/api/contact-messages/*").handler(quotes.handler());
        // Keycloak's pages carry their own Content-Security-Policy and X-Frame-Options, which the edge keeps
        router.routeWithRegex(KEYCLOAK_PUBLIC).handler(keycloak.handler());
        router.routeWithRegex(KEYCLOAK_PRIVATE).handler(ctx -> Problems.send(ctx, 404, "not-found", "Not found",
                "Nothing is served at this path.", false));
        router.route("/admin").handler(admin.handler());
        router.route("/admin/*").handler(admin.handler());
        router.routeWithRegex(NOT_MANAGEMENT).handler(web.handler());
        router.route().last().handler(ctx -> Problems.send(ctx, 404, "not-found", "Not found",
                "Nothing is served at this path.", false));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
            if (ctx.failure() != null) {
                LOG.errorf(ctx.failure(), "Gateway failure (request %s)", RequestIds.of(ctx));
            }
            Problems.send(ctx, status, status == 500 ? "internal" : "bad-request",
                    status == 500 ? "Internal error" : "Bad request",
                    status == 500 ? "The gateway failed to handle the request." : "The request could not be handled.", true);
        });
        installed = true;
        for (UpstreamRoute route : List.of(catalog, quotes, admin, web, keycloak)) {
            LOG.infof("Route %s -> %s (%s): timeout %d ms, body <= %d B, pool %d, queue %d", route.template, route.name,
                    route.url, route.timeout.toMillis(), route.maxBodySize, route.poolSize, route.waitQueueSize);
        }
    }
}
