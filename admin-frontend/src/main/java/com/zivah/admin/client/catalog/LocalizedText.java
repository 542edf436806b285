package com.zivah.admin.client.catalog;

/** A text in Spanish and English, as catalog-service reads and writes it. */
public record LocalizedText(String es, String en) {
}
