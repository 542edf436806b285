package com.zivah.catalog.config;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * The largest request body except an image upload (rest/RequestBodyLimits; {@code quarkus.http.limits.max-body-size}
     * is the upload's hard cap, which also cuts off chunked bodies).
     */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Product images ({@code zivah.catalog.images.*}). */
    Images images();

    interface Images {

        /** The largest accepted upload (the file part); larger: 413. */
        @WithDefault("10M")
        MemorySize maxUploadSize();

        /** The largest declared width × height accepted, checked from the header before decoding. */
        @WithDefault("40000000")
        long maxPixels();

        /**
         * Uploads decoded at once; others wait up to 30 s (then 503). Each needs ~50 MB of heap at most (the decoded
         * raster is capped at 4 MP, see image/ImagePipeline): raise it with the heap (192 MB on the local stack).
         */
        @WithDefault("1")
        int maxConcurrentDecodes();

        /** WebP quality of the variants (0..1). */
        @WithDefault("0.8")
        float webpQuality();

        /** JPEG quality of the fallback variants (0..1). */
        @WithDefault("0.85")
        float jpegQuality();

        /**
         * Bytes of served images kept in memory per replica (they never change: no invalidation needed). Within a
         * 192 MB heap; browsers and any CDN cache them for a year anyway.
         */
        @WithDefault("24M")
        MemorySize cacheSize();
    }
}
