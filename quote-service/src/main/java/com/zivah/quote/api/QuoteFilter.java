package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.time.Instant;

/**
 * The staff list's filters, every one optional (null: not filtered): status; customer e-mail (exact,
 * case-insensitive); country (ISO code); created in [{@code from}, {@code toExclusive}); {@code text} found in the
 * quote number, customer name, company, e-mail or message (case-insensitive substring); and the order.
 */
public record QuoteFilter(QuoteStatus status, String email, String country, Instant from, Instant toExclusive,
                          String text, Sort sort) {

    /** The orders the list offers ({@code sort} parameter: {@code createdAt}, {@code -createdAt}, ...). */
    public enum Sort {
        CREATED_AT("createdAt", true), CREATED_AT_DESC("-createdAt", false),
        QUOTE_NUMBER("quoteNumber", true), QUOTE_NUMBER_DESC("-quoteNumber", false),
        STATUS("status", true), STATUS_DESC("-status", false);

        public final String parameter;
        public final boolean ascending;

        Sort(String parameter, boolean ascending) {
            this.parameter = parameter;
            this.ascending = ascending;
        }

        /** The property sorted by ({@code createdAt}, {@code quoteNumber}, {@code status}). */
        public String property() {
            return parameter.startsWith("-") ? parameter.substring(1) : parameter;
        }
    }
}
