package com.zivah.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One encoded size of an image: {@code url} is {@code /api/catalog/images/<sha256>.<ext>}, public and immutable. */
public record ImageVariantView(
        @Schema(enumeration = {"thumbnail", "card", "large"}) String name,
        @Schema(enumeration = {"webp", "jpeg", "png"}) String format,
        int width, int height,
        @Schema(example = "/api/catalog/images/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.webp")
        String url) {
}
