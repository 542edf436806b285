package com.zivah.web.mapping;

import java.util.List;

/** The product page: the card's facts plus the full description, specifications and gallery. */
public record ProductDetail(ProductView card, String description, List<SpecRow> specs, List<ImageView> images,
        String categorySlug, Integer stockQuantity) {

    public record SpecRow(String label, String value) {
    }
}
