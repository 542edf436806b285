package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A quote with its items, for staff. */
public record QuoteDetail(String quoteNumber, QuoteStatus status, Customer customer, String locale, String message,
                          BigDecimal totalAmount, String adminNotes, Instant createdAt, Instant updatedAt,
                          Instant firstResponseAt, List<Item> items) {

    public record Customer(String name, String email, String phone, String company, String country) {
    }

    /**
     * {@code note} is the buyer's, {@code notes} staff's; {@code unitPrice}/{@code currency} the public price
     * snapshot at request time (null when {@code priceOnRequest}) until staff price the line.
     */
    public record Item(long productId, String sku, String productName, String unit, int quantity, String note,
                       BigDecimal unitPrice, String currency, boolean priceOnRequest, Integer minOrderQuantity,
                       BigDecimal totalPrice, String notes) {
    }
}
