package com.zivah.web.client;

import java.math.BigDecimal;
import java.util.Map;

/** A product as catalog-service returns it inside a product page. */
public record ProductDto(String id, String sku, String slug, String categorySlug, LocalizedText name,
        LocalizedText description, Map<String, Object> features, String unit, Integer minOrderQuantity,
        BigDecimal price, String currency, boolean priceOnRequest, Integer stockQuantity, String imageUrl,
        Long version) {
}
