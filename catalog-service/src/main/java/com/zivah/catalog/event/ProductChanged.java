package com.zivah.catalog.event;

import com.zivah.catalog.api.Spec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * ProductChanged v1 (docs/events/ProductChanged.v1.schema.json), the one record of {@link #TOPIC}, keyed by product
 * id: the product's complete state after a change (so the latest record per key, which compaction keeps, is a full
 * snapshot) plus what happened, {@link #type} (past tense, also the {@code event-type} header) and the fields that
 * changed. Consumers ignore a {@code version} older than the one they hold; a product withdrawn from sale is
 * {@code active: false}; a deleted one {@code deleted: true} and {@code active: false}; {@code price} is null when
 * {@code priceOnRequest} is true.
 */
public record ProductChanged(UUID eventId, Instant occurredAt, long productId, long version, String sku,
                             String slug, String categorySlug, String nameEs, String nameEn, String unit,
                             BigDecimal price, String currency, boolean priceOnRequest, boolean active,
                             String type, List<String> changedFields, String descriptionEs, String descriptionEn,
                             List<Spec> specs, int minOrderQuantity, int stockQuantity, boolean deleted,
                             Instant createdAt) {

    public static final String TOPIC = "zivah.catalog.product.v1";
    /** The schema (docs/events) every record of the topic conforms to. */
    public static final String SCHEMA = "ProductChanged";

    public static final String CREATED = "ProductCreated";
    public static final String UPDATED = "ProductUpdated";
    public static final String PRICE_CHANGED = "ProductPriceChanged";
    public static final String ACTIVATED = "ProductActivated";
    public static final String DEACTIVATED = "ProductDeactivated";
    public static final String DELETED = "ProductDeleted";
    public static final List<String> TYPES = List.of(CREATED, UPDATED, PRICE_CHANGED, ACTIVATED, DEACTIVATED, DELETED);
}
