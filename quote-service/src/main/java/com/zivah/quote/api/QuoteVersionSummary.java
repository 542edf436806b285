package com.zivah.quote.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A version of a quote as sent: {@code GET /api/quotes/{number}/versions} and the detail's sentVersions. */
public record QuoteVersionSummary(int version, Instant sentAt, String sentBy, BigDecimal total, String currency) {
}
