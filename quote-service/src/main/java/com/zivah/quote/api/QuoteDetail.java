package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A quote with its items, for staff. */
public record QuoteDetail(String quoteNumber, QuoteStatus status, Customer customer, String locale, String message,
                          BigDecimal totalAmount, String adminNotes, Instant createdAt, Instant updatedAt,
                          List<Item> items) {

    public record Customer(String name, String email, String phone, String company, String country) {
    }

    public record Item(long productId, String sku, String productName, String unit, int quantity,
                       BigDecimal unitPrice, BigDecimal totalPrice, String notes) {
    }
}
