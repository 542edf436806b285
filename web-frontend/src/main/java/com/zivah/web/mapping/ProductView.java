package com.zivah.web.mapping;

/** A product as a page shows it: texts already in the page language, price already formatted. */
public record ProductView(String id, String sku, String name, String description, String unit,
        Integer minOrderQuantity, boolean priceOnRequest, String price, String quoteUrl) {
}
