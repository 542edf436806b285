package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.time.Instant;

/** What the buyer gets back after submitting: the number to quote in any follow-up. */
public record SubmitQuoteResponse(String quoteNumber, QuoteStatus status, Instant createdAt, int itemCount) {
}
