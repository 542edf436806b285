package com.zivah.catalog;

/**
 * One line of a product's specification table (origin, packaging, HS code, incoterms...): a stable {@code key}, the
 * label and the value in Spanish and English. Stored in order in {@code product.specs} (jsonb), the API's own shape.
 */
public record Specification(String key, Text label, Text value) {

    /** A text in Spanish and English. */
    public record Text(String es, String en) {
    }
}
