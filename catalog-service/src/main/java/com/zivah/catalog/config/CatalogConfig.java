package com.zivah.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Every typed setting of the catalog ({@code zivah.catalog.*}; environment {@code ZIVAH_CATALOG_*}). */
@ConfigMapping(prefix = "zivah.catalog")
public interface CatalogConfig {

    /**
     * Load the demo catalog at startup when the catalog has no category yet (service/DemoCatalog). On by default
     * for the local stack, compose and e2e; production sets {@code ZIVAH_CATALOG_DEMO_DATA=false}.
     */
    @WithDefault("true")
    boolean demoData();

    /** The cache of public reads (service/PublicReadCache). */
    Cache cache();

    interface Cache {

        /** Public answers kept (a page of products is ~15 KB of objects): bounded, least recently used go first. */
        @WithDefault("500")
        int maxEntries();

        /**
         * Longest life of a cached answer. Changes evict it at once (PostgreSQL notifications); this bounds what a
         * missed notification could leave behind.
         */
        @WithDefault("5m")
        Duration ttl();
    }
}
