package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of quote-service's staff quote list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteSummary(String quoteNumber, String status, String customerName, String customerEmail,
        String company, String country, String locale, long itemCount, BigDecimal totalAmount, Instant createdAt,
        Instant updatedAt) {
}
