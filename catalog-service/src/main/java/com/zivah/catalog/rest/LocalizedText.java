package com.zivah.catalog.rest;

/** A text in the two catalog languages: Spanish (default) and English. */
public record LocalizedText(String es, String en) {
}
