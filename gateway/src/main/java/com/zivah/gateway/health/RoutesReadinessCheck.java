package com.zivah.gateway.health;

import com.zivah.gateway.web.GatewayRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the proxy routes are on the router. Upstream availability is deliberately not part of
 * it: with an upstream down the gateway still answers (502 problem) and must stay in rotation. It names
 * no upstream address (health is on the management port, but it still tells nobody the topology).
 */
@Readiness
@ApplicationScoped
public class RoutesReadinessCheck implements HealthCheck {

    private final GatewayRoutes routes;

    public RoutesReadinessCheck(GatewayRoutes routes) {
        this.routes = routes;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("gateway-routes").status(routes.installed()).build();
    }
}
