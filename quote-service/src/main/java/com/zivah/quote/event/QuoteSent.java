package com.zivah.quote.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * QuoteSent v1, exactly as in docs/events/QuoteSent.v1.schema.json: published (via the outbox) on
 * {@code zivah.quote.sent.v1} with key {@code quoteNumber} when staff send a priced version. Without
 * {@code pdf.base64} it is the version's frozen snapshot ({@link #withoutPdfContent()}).
 */
public record QuoteSent(
        UUID eventId,
        Instant occurredAt,
        long quoteId,
        String quoteNumber,
        int version,
        String locale,
        String sentBy,
        Customer customer,
        String currency,
        LocalDate validUntil,
        List<Item> items,
        BigDecimal subtotal,
        BigDecimal discountPercent,
        BigDecimal discountAmount,
        BigDecimal total,
        String terms,
        Pdf pdf) {

    public static final String TOPIC = "zivah.quote.sent.v1";
    public static final String TYPE = "QuoteSent";

    public record Customer(String name, String email, String company) {
    }

    public record Item(String sku, String productName, int quantity, String unit, String note, BigDecimal unitPrice,
                       BigDecimal lineTotal) {
    }

    public record Pdf(String fileName, String sha256, int sizeBytes,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String base64) {
    }

    /** The same event without the PDF's bytes (its name, hash and size stay): what a version stores as snapshot. */
    public QuoteSent withoutPdfContent() {
        return new QuoteSent(eventId, occurredAt, quoteId, quoteNumber, version, locale, sentBy, customer, currency,
                validUntil, items, subtotal, discountPercent, discountAmount, total, terms,
                new Pdf(pdf.fileName(), pdf.sha256(), pdf.sizeBytes(), null));
    }
}
