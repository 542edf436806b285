package com.zivah.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product as the API shows it; {@code price} is null when {@code priceOnRequest} is true; {@code images} in their
 * order, the primary first.
 */
public record ProductView(long id, String sku, String slug, String categorySlug, LocalizedText name,
                          LocalizedText description, Map<String, String> features, String unit, int minOrderQuantity,
                          BigDecimal price, String currency, boolean priceOnRequest, int stockQuantity,
                          List<ImageView> images, boolean active, long version) {
}
