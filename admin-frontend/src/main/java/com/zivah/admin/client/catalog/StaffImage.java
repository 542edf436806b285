package com.zivah.admin.client.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A product image as the staff pages show it (the thumbnail variant's URL is what the list needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffImage(long id, boolean primary, LocalizedText alt, List<Variant> variants) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variant(String name, String format, int width, int height, String url) {
    }

    /** The thumbnail's URL in the first format offered (WebP first), or null. */
    public String thumbnailUrl() {
        return variants == null ? null : variants.stream().filter(v -> "thumbnail".equals(v.name()))
                .map(Variant::url).findFirst().orElse(null);
    }
}
