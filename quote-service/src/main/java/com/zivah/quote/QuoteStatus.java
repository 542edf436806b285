package com.zivah.quote;

/**
 * Where a request for quote is in its life: submitted, being priced, sent to the buyer, closed, or cancelled.
 * The transitions between them are {@link QuoteAction}s.
 */
public enum QuoteStatus {
    PENDING, PROCESSING, SENT, CLOSED, CANCELLED
}
