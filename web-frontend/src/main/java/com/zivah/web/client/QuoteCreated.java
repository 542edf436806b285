package com.zivah.web.client;

import java.time.Instant;

/** quote-service's 201 answer to a submitted RFQ. */
public record QuoteCreated(String quoteNumber, String status, Instant createdAt, int itemCount) {
}
