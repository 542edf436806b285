package com.zivah.web.client;

import java.util.List;

/** Body of POST /api/quotes on quote-service. */
public record QuoteRequest(Customer customer, String locale, String message, List<Item> items) {

    public record Customer(String name, String email, String phone, String company, String country) {
    }

    public record Item(long productId, int quantity) {
    }
}
