package com.zivah.quote.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Consumer-side copy of ProductChanged v1 (docs/events/ProductChanged.v1.schema.json), with the constraints the
 * product snapshot needs (its columns); platform's {@code EventReader} checks them, and a record that breaks one is
 * dead-lettered at once. Fields the catalog adds later are ignored. Every {@code type} (ProductCreated, ProductUpdated,
 * ProductPriceChanged, ProductActivated, ProductDeactivated, ProductDeleted) carries the complete state, so the
 * consumer treats them alike: the snapshot takes the state; a deleted product ({@code deleted: true}) is never
 * quotable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductChanged(
        @NotNull UUID eventId,
        @NotNull Instant occurredAt,
        @NotNull Long productId,
        @NotNull Long version,
        @NotBlank @Size(max = 100) String sku,
        String slug,
        String categorySlug,
        @NotBlank @Size(max = 255) String nameEs,
        @Size(max = 255) String nameEn,
        @Size(max = 50) String unit,
        BigDecimal price,
        @Size(max = 3) String currency,
        Boolean priceOnRequest,
        @NotNull Boolean active,
        @Size(max = 50) String type,
        Boolean deleted,
        @Positive Integer minOrderQuantity) {

    /** Quotable: on sale and not deleted (the catalog also sends {@code active: false} with a deletion). */
    public boolean quotable() {
        return Boolean.TRUE.equals(active) && !Boolean.TRUE.equals(deleted);
    }
}
