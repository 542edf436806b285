package com.zivah.catalog.repository;

import com.zivah.catalog.ProductSort;
import com.zivah.platform.i18n.Language;
import java.math.BigDecimal;

/**
 * What the public list asks for, already validated: {@code text} is null for no search, {@code categoryId} null for
 * every category, prices null for no bound.
 */
public record ProductCriteria(String text, Long categoryId, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock,
                              ProductSort sort, Language language) {

    /** The same criteria for every category (the facets count across categories). */
    public ProductCriteria anyCategory() {
        return new ProductCriteria(text, null, minPrice, maxPrice, inStock, sort, language);
    }
}
