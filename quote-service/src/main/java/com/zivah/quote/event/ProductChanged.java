package com.zivah.quote.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Consumer-side copy of ProductChanged v1 (docs/events/ProductChanged.v1.json), topic
 * {@code zivah.catalog.product.v1}. Fields the catalog adds later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductChanged(
        UUID eventId,
        Instant occurredAt,
        Long productId,
        Long version,
        String sku,
        String slug,
        String categorySlug,
        String nameEs,
        String nameEn,
        String unit,
        BigDecimal price,
        String currency,
        Boolean priceOnRequest,
        Boolean active) {

    public static final String TOPIC = "zivah.catalog.product.v1";

    /** The fields without which the snapshot cannot be written; null when complete. */
    public String missingField() {
        if (eventId == null) {
            return "eventId";
        }
        if (occurredAt == null) {
            return "occurredAt";
        }
        if (productId == null) {
            return "productId";
        }
        if (version == null) {
            return "version";
        }
        if (sku == null || sku.isBlank()) {
            return "sku";
        }
        if (nameEs == null || nameEs.isBlank()) {
            return "nameEs";
        }
        if (active == null) {
            return "active";
        }
        return null;
    }
}
