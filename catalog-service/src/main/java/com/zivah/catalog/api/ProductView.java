package com.zivah.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product as the API shows it; {@code price} is null when {@code priceOnRequest} is true; {@code specs} in display
 * order; {@code images} in their order, the primary first; {@code version} is the base of a staff edit.
 */
public record ProductView(long id, String sku, String slug, String categorySlug, LocalizedText name,
                          LocalizedText description, List<Spec> specs, String unit, int minOrderQuantity,
                          BigDecimal price, String currency, boolean priceOnRequest, int stockQuantity,
                          List<ImageView> images, boolean active, long version, Instant createdAt,
                          Instant updatedAt) {
}
