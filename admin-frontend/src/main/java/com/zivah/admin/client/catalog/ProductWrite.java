package com.zivah.admin.client.catalog;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a product create (sku and slug set, no version) or update (no sku/slug, the version the form was
 * based on); absent fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductWrite(String sku, String slug, String categorySlug, LocalizedText name,
                           LocalizedText description, List<SpecLine> specs, String unit, Integer minOrderQuantity,
                           BigDecimal price, String currency, Boolean priceOnRequest, Integer stockQuantity,
                           Boolean active, Long version) {
}
