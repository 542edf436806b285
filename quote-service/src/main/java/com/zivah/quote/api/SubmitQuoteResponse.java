package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the buyer gets back after submitting: the number to quote in any follow-up, the lines as stored (with the
 * public price snapshot; unpriced when the price is on request) and warnings about lines sales will discuss
 * (below the product's minimum order). A replay of the same Idempotency-Key answers exactly this again.
 */
public record SubmitQuoteResponse(String quoteNumber, QuoteStatus status, Instant createdAt, int itemCount,
                                  List<Item> items, List<Warning> warnings) {

    public record Item(long productId, String sku, String productName, int quantity, String unit, String note,
                       BigDecimal unitPrice, String currency, boolean priceOnRequest) {
    }

    /** {@code field} is the JSON path of the request's field ({@code items[0].quantity}). */
    public record Warning(String field, String code, Integer minimumOrder) {

        public static final String BELOW_MINIMUM_ORDER = "BELOW_MINIMUM_ORDER";
    }
}
