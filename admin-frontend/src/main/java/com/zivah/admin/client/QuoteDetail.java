package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One quote as quote-service's staff API answers it ({@code GET /api/quotes/{number}} and every write): the buyer's
 * request and lines, staff's pricing, totals (exact, null while a line is unpriced), the optimistic {@code version},
 * the transitions allowed now, the versions sent and {@code proposed} (the site settings' currency and valid-until
 * day for a quote without its own, which the pricing form starts from). The admin shows these values; it computes
 * none of them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteDetail(String quoteNumber, String status, int version, Customer customer, String locale,
        String message, String currency, LocalDate validUntil, String terms, String adminNotes,
        BigDecimal discountPercent, List<Item> items, BigDecimal subtotal, BigDecimal discountAmount,
        BigDecimal total, String cancelReason, Instant createdAt, Instant firstResponseAt,
        List<String> allowedActions, List<SentVersion> sentVersions, Proposal proposed) {

    /** quote-service's proposal from the site settings ({@code default-currency}, today + {@code quote-validity-days}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proposal(String currency, LocalDate validUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(String name, String email, String phone, String company, String country) {
    }

    /** {@code unitPrice}/{@code currency}: the public price when requested; {@code quotedUnitPrice}: staff's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long id, long productId, String sku, String productName, String unit, int quantity,
            String note, BigDecimal unitPrice, String currency, boolean priceOnRequest, BigDecimal quotedUnitPrice,
            BigDecimal lineTotal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SentVersion(int version, Instant sentAt, String sentBy, BigDecimal total, String currency) {
    }

    public List<Item> items() {
        return items == null ? List.of() : items;
    }

    public List<String> allowedActions() {
        return allowedActions == null ? List.of() : allowedActions;
    }

    public List<SentVersion> sentVersions() {
        return sentVersions == null ? List.of() : sentVersions;
    }

    public boolean allows(String action) {
        return allowedActions().contains(action);
    }

    /** Pricing is open while the quote is PENDING or PROCESSING (quote-service decides; this only hides the form). */
    public boolean priceable() {
        return "PENDING".equals(status) || "PROCESSING".equals(status);
    }
}
