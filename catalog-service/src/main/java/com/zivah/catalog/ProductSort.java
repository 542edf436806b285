package com.zivah.catalog;

import java.util.Locale;
import java.util.Optional;

/** Orders of the public product list ({@code ?sort=}). */
public enum ProductSort {
    /** Best match first when searching; without a search, the catalog's order (category sortOrder, then name). */
    RELEVANCE,
    /** By name in the visitor's language (accents and case ignored). */
    NAME,
    /** Cheapest first; "price on request" products last. */
    PRICE,
    /** Most recently added first. */
    NEWEST;

    public static final String VALUES = "relevance|name|price|newest";

    public static Optional<ProductSort> fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        for (ProductSort sort : values()) {
            if (sort.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
