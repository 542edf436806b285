package com.zivah.quote.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * QuoteSubmitted v1, exactly as in docs/events/QuoteSubmitted.v1.schema.json: published (via the outbox)
 * on {@code zivah.quote.submitted.v1} with key {@code quoteNumber} when a buyer submits a request.
 */
public record QuoteSubmitted(
        UUID eventId,
        Instant occurredAt,
        long quoteId,
        String quoteNumber,
        String locale,
        Customer customer,
        String message,
        List<Item> items) {

    public static final String TOPIC = "zivah.quote.submitted.v1";
    public static final String TYPE = "QuoteSubmitted";

    public record Customer(String name, String email, String phone, String company, String country) {
    }

    /** {@code unitPrice} (scale 2) and {@code currency} are the public price at request time, null when on request. */
    public record Item(long productId, String sku, String productName, int quantity, String unit, String note,
                       BigDecimal unitPrice, String currency, boolean priceOnRequest) {
    }
}
