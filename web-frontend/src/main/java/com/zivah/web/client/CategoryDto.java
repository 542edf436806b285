package com.zivah.web.client;

/** A category as catalog-service returns it from GET /api/catalog/categories. */
public record CategoryDto(String id, String slug, LocalizedText name, LocalizedText description, String icon,
        int sortOrder, long productCount) {
}
