package com.zivah.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every typed setting of the catalog ({@code zivah.catalog.*}; environment {@code ZIVAH_CATALOG_*}). */
@ConfigMapping(prefix = "zivah.catalog")
public interface CatalogConfig {

    /**
     * Load the demo catalog at startup when the catalog has no category yet (service/DemoCatalog). On by default
     * for the local stack, compose and e2e; production sets {@code ZIVAH_CATALOG_DEMO_DATA=false}.
     */
    @WithDefault("true")
    boolean demoData();
}
