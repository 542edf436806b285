package com.zivah.catalog.api;

/** A category as the public API shows it; {@code productCount} counts its active products. */
public record CategoryView(long id, String slug, LocalizedText name, LocalizedText description, String icon,
                           int sortOrder, long productCount) {
}
