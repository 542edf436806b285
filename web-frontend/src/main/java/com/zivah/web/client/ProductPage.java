package com.zivah.web.client;

import java.util.List;

/** The catalog's paging envelope: the items of one page, the totals the pager needs and the category facets. */
public record ProductPage(List<ProductDto> items, long totalItems, int totalPages, Facets facets) {

    public List<ProductDto> items() {
        return items == null ? List.of() : items;
    }

    public Facets facets() {
        return facets == null ? new Facets(List.of()) : facets;
    }

    /** Counts of the current search per category (ignoring the category filter itself). */
    public record Facets(List<CategoryFacet> categories) {

        public List<CategoryFacet> categories() {
            return categories == null ? List.of() : categories;
        }
    }

    public record CategoryFacet(String slug, long count) {
    }
}
