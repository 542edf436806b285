package com.zivah.web.health;

import com.zivah.web.service.CatalogService;
import com.zivah.web.service.UpstreamUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The site cannot show a single page without the catalog: ready when the catalog answers, or while it is briefly down
 * as long as the last known catalog is in memory (pages are served from it; taking the replica out of the load
 * balancer then would only turn pages into errors).
 */
@Readiness
@ApplicationScoped
public class CatalogReadinessCheck implements HealthCheck {

    private final CatalogService catalog;

    public CatalogReadinessCheck(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int categories = catalog.categories().size();
            return HealthCheckResponse.named("catalog-service").up().withData("categories", categories).build();
        } catch (UpstreamUnavailableException e) {
            return HealthCheckResponse.named("catalog-service").down()
                    .withData("error", String.valueOf(e.getCause().getMessage())).build();
        }
    }
}
