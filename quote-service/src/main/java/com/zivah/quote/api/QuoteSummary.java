package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of the staff quote list. */
public record QuoteSummary(String quoteNumber, QuoteStatus status, String customerName, String customerEmail,
                           String company, String country, String locale, long itemCount, BigDecimal totalAmount,
                           Instant createdAt, Instant updatedAt) {
}
