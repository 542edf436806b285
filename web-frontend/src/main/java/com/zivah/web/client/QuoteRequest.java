package com.zivah.web.client;

import java.util.List;

/** Body of POST /api/quotes on quote-service ({@code customer.country}: ISO 3166-1 alpha-2 or null). */
public record QuoteRequest(Customer customer, String locale, String message, List<Item> items) {

    public record Customer(String name, String email, String phone, String company, String country) {
    }

    /** {@code note}: the buyer's note on this line, null when none. */
    public record Item(long productId, int quantity, String note) {
    }
}
