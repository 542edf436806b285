package com.zivah.web.client;

/** A category from GET /api/catalog/categories: only the fields the pages read (the contract names exactly these). */
public record CategoryDto(String slug, LocalizedText name, LocalizedText description, int sortOrder,
        long productCount) {
}
