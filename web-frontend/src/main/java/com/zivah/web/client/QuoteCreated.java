package com.zivah.web.client;

import java.util.List;

/**
 * quote-service's 201 answer to a submitted RFQ, the fields the confirmation reads: the number the buyer keeps
 * ({@code ZQ-<year>-<6 digits>}) and the warnings (a quantity below the product's minimum order is accepted with a
 * warning, not refused).
 */
public record QuoteCreated(String quoteNumber, List<Warning> warnings) {

    public List<Warning> warnings() {
        return warnings == null ? List.of() : warnings;
    }

    /** E.g. {@code {"field":"items[0].quantity","code":"BELOW_MINIMUM_ORDER","minimumOrder":1000}}. */
    public record Warning(String field, String code, Integer minimumOrder) {
    }
}
