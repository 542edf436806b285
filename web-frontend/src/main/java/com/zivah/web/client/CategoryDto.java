package com.zivah.web.client;

/**
 * A category from GET /api/catalog/categories: only the fields the pages read (the contract names exactly these).
 * {@code color} is {@code #RRGGBB}.
 */
public record CategoryDto(String slug, LocalizedText name, LocalizedText description, String color, int sortOrder,
        long productCount) {
}
