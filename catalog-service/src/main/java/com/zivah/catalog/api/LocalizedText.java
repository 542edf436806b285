package com.zivah.catalog.api;

/** A text in the two catalog languages: Spanish (default) and English. */
public record LocalizedText(String es, String en) {
}
