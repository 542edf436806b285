package com.zivah.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A category as the API shows it; {@code productCount} counts its active products; {@code version} is the base of a
 * staff edit.
 */
public record CategoryView(long id, String slug, LocalizedText name, LocalizedText description, String icon,
                           int sortOrder, long productCount,
                           @Schema(description = "display colour #RRGGBB", example = "#8B5A2B") String color,
                           long version) {
}
