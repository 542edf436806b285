package com.zivah.web.service;

import java.util.Locale;

/**
 * What a catalog page asks for, already cleaned from the visitor's URL: blank values are null, an invalid price or
 * sort is dropped (the page then shows the unfiltered list rather than an error), {@code page} is one-based.
 */
public record CatalogQuery(String q, String category, String minPrice, String maxPrice, boolean inStock, String sort,
        int page) {

    public static final String PRICE = "[0-9]{1,10}(\\.[0-9]{1,2})?";
    public static final String SORTS = "relevance|name|price|newest";
    /** The catalog's column is numeric(12, 2): "up to" with no upper bound is this. */
    static final String NO_UPPER_BOUND = "9999999999.99";
    private static final int MAX_QUERY = 100;

    public static CatalogQuery of(String q, String category, String minPrice, String maxPrice, String inStock,
            String sort, String page) {
        String cleanQuery = blankToNull(q);
        if (cleanQuery != null && cleanQuery.length() > MAX_QUERY) {
            cleanQuery = cleanQuery.substring(0, MAX_QUERY).strip();
        }
        String cleanSort = blankToNull(sort);
        cleanSort = cleanSort != null && cleanSort.toLowerCase(Locale.ROOT).matches(SORTS)
                ? cleanSort.toLowerCase(Locale.ROOT) : "relevance";
        return new CatalogQuery(cleanQuery, blankToNull(category), price(minPrice), price(maxPrice),
                "true".equalsIgnoreCase(blank(inStock)) || "on".equalsIgnoreCase(blank(inStock)), cleanSort,
                parsePage(page));
    }

    public static CatalogQuery all(int page) {
        return new CatalogQuery(null, null, null, null, false, "relevance", page);
    }

    public CatalogQuery withCategory(String slug) {
        return new CatalogQuery(q, slug, minPrice, maxPrice, inStock, sort, page);
    }

    public CatalogQuery withPage(int newPage) {
        return new CatalogQuery(q, category, minPrice, maxPrice, inStock, sort, newPage);
    }

    public boolean hasPriceRange() {
        return minPrice != null || maxPrice != null;
    }

    /** The lower bound sent to the catalog: 0 when only an upper bound is set (any price filter leaves out "on request"). */
    String lowerBound() {
        return hasPriceRange() ? (minPrice == null ? "0" : minPrice) : null;
    }

    String upperBound() {
        return hasPriceRange() ? (maxPrice == null ? NO_UPPER_BOUND : maxPrice) : null;
    }

    private static String price(String value) {
        String clean = blankToNull(value);
        return clean != null && clean.matches(PRICE) ? clean : null;
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(Integer.parseInt(value.trim()), 100_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
