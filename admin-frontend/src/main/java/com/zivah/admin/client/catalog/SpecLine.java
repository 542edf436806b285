package com.zivah.admin.client.catalog;

/** One specification line of a product: a stable key, its ES/EN label and its ES/EN value. */
public record SpecLine(String key, LocalizedText label, LocalizedText value) {
}
