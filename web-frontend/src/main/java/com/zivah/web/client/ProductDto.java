package com.zivah.web.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product from catalog-service (a product page's item, or GET /api/catalog/products/{idOrSlug}): only the fields
 * the pages read (the contract names exactly these). {@code price} is null when {@code priceOnRequest}; {@code specs}
 * and {@code images} are ordered (images: primary first); {@code specs} may be absent in list items.
 */
public record ProductDto(long id, String sku, String slug, String categorySlug, LocalizedText name,
        LocalizedText description, String unit, Integer minOrderQuantity, BigDecimal price, String currency,
        boolean priceOnRequest, Integer stockQuantity, List<Spec> specs, List<Image> images, Instant createdAt,
        Instant updatedAt) {

    public List<Spec> specs() {
        return specs == null ? List.of() : specs;
    }

    public List<Image> images() {
        return images == null ? List.of() : images;
    }

    /** One row of the specifications table, e.g. origin: Colombia. */
    public record Spec(String key, LocalizedText label, LocalizedText value) {
    }

    /** One product image with its encoded variants (thumbnail 320, card 640, large 1600 wide; never upscaled). */
    public record Image(long id, boolean primary, LocalizedText alt, int width, int height, List<Variant> variants) {

        public List<Variant> variants() {
            return variants == null ? List.of() : variants;
        }
    }

    /** An encoded variant: {@code url} is a content-hash path under /api/catalog/images/, served immutable. */
    public record Variant(String name, String format, int width, int height, String url) {
    }
}
