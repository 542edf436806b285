package com.zivah.catalog.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * ProductChanged v1 (docs/events/ProductChanged.v1.schema.json), published on {@link #TOPIC} keyed by product id
 * whenever a product changes. Consumers ignore a {@code version} older than the one they hold; a product
 * withdrawn from sale is {@code active: false}; {@code price} is null when {@code priceOnRequest} is true.
 */
public record ProductChanged(UUID eventId, Instant occurredAt, long productId, long version, String sku,
                             String slug, String categorySlug, String nameEs, String nameEn, String unit,
                             BigDecimal price, String currency, boolean priceOnRequest, boolean active) {

    public static final String TOPIC = "zivah.catalog.product.v1";
    public static final String TYPE = "ProductChanged";
}
