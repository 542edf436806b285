package com.zivah.web.client;

/** quote-service's 201 answer to a submitted RFQ: the number the buyer keeps ({@code ZQ-<year>-<6 digits>}). */
public record QuoteCreated(String quoteNumber) {
}
