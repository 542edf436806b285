package com.zivah.admin.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code PUT /api/quotes/{number}/pricing}: the version read and staff's whole editable state. */
public record PricingRequest(int version, String currency, LocalDate validUntil, String terms, String adminNotes,
        BigDecimal discountPercent, List<ItemPrice> items) {

    public record ItemPrice(long id, BigDecimal unitPrice) {
    }
}
