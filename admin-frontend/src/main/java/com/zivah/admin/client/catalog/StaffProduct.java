package com.zivah.admin.client.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** catalog-service's staff view of a product (active or withdrawn). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffProduct(long id, String sku, String slug, String categorySlug, LocalizedText name,
                           LocalizedText description, List<SpecLine> specs, String unit, int minOrderQuantity,
                           BigDecimal price, String currency, boolean priceOnRequest, int stockQuantity,
                           List<StaffImage> images, boolean active, long version, Instant updatedAt) {

    public List<SpecLine> specs() {
        return specs == null ? List.of() : specs;
    }

    public List<StaffImage> images() {
        return images == null ? List.of() : images;
    }

    public String editUrl() {
        return "/admin/catalog/products/" + id;
    }

    public String deleteUrl() {
        return editUrl() + "/delete";
    }

    /** The primary image's thumbnail, or null. */
    public String thumbnailUrl() {
        return images().stream().filter(StaffImage::primary).findFirst().map(StaffImage::thumbnailUrl).orElse(null);
    }
}
