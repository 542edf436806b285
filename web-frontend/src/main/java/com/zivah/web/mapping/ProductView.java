package com.zivah.web.mapping;

/** A product card: texts already in the page language, price already formatted, links to its page and the RFQ form. */
public record ProductView(String id, String sku, String slug, String url, String name, String description,
        String unit, Integer minOrderQuantity, boolean priceOnRequest, String price, String quoteUrl, ImageView image,
        boolean inStock) {
}
