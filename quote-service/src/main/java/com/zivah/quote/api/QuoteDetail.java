package com.zivah.quote.api;

import com.zivah.quote.QuoteAction;
import com.zivah.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote with its items, for staff. {@code version} is the optimistic lock every write sends back; totals are
 * exact (scale 2, half-up) and null while a line is unpriced ({@code totalAmount} = {@code total});
 * {@code allowedActions} the transitions the graph allows now, plus SEND when it can be sent; {@code proposed} what
 * the site settings propose to staff for a quote's terms ({@code default-currency}, today + {@code quote-validity-days}).
 */
public record QuoteDetail(String quoteNumber, QuoteStatus status, Customer customer, String locale, String message,
                          BigDecimal totalAmount, String adminNotes, Instant createdAt, Instant updatedAt,
                          Instant firstResponseAt, List<Item> items, int version, String currency,
                          LocalDate validUntil, String terms, BigDecimal discountPercent, BigDecimal subtotal,
                          BigDecimal discountAmount, BigDecimal total, String cancelReason,
                          List<QuoteAction> allowedActions, List<QuoteVersionSummary> sentVersions,
                          Proposal proposed) {

    public record Customer(String name, String email, String phone, String company, String country) {
    }

    /** The site settings' proposal for a quote that has no terms of its own yet: a currency and a valid-until day. */
    public record Proposal(String currency, LocalDate validUntil) {
    }

    /**
     * {@code note} is the buyer's, {@code notes} staff's; {@code unitPrice}/{@code currency} the public price
     * snapshot at request time (null when {@code priceOnRequest}); {@code quotedUnitPrice} staff's price (null: not
     * priced yet) and {@code lineTotal} = {@code totalPrice} = quantity × quotedUnitPrice.
     */
    public record Item(long productId, String sku, String productName, String unit, int quantity, String note,
                       BigDecimal unitPrice, String currency, boolean priceOnRequest, Integer minOrderQuantity,
                       BigDecimal totalPrice, String notes, long id, BigDecimal quotedUnitPrice,
                       BigDecimal lineTotal) {
    }
}
