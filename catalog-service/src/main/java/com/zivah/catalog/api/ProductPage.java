package com.zivah.catalog.api;

import java.util.List;

/**
 * A page of the public product list: platform's paging envelope ({@code items, page, size, totalItems, totalPages})
 * plus the facets of the current search.
 */
public record ProductPage(List<ProductView> items, int page, int size, long totalItems, int totalPages,
                          Facets facets) {

    /** Counts for the current search and filters, ignoring the category filter itself. */
    public record Facets(List<CategoryFacet> categories) {
    }

    /** How many matching products a category has (only categories with at least one, in sortOrder). */
    public record CategoryFacet(String slug, long count) {
    }
}
