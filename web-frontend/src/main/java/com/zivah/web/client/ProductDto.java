package com.zivah.web.client;

import java.math.BigDecimal;

/**
 * A product from catalog-service (a product page's item, or GET /api/catalog/products/{id}): only the fields the
 * pages read (the contract names exactly these). {@code price} is null when {@code priceOnRequest}.
 */
public record ProductDto(long id, String sku, LocalizedText name, LocalizedText description, String unit,
        Integer minOrderQuantity, BigDecimal price, String currency, boolean priceOnRequest) {
}
