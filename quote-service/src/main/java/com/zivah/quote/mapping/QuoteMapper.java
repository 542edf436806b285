package com.zivah.quote.mapping;

import com.zivah.quote.Quote;
import com.zivah.quote.QuoteItem;
import com.zivah.quote.event.QuoteSubmitted;
import com.zivah.quote.rest.QuoteDetail;
import com.zivah.quote.rest.QuoteSummary;
import com.zivah.quote.rest.SubmitQuoteResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Entity ↔ DTO/event conversions, kept out of resources and services. */
@ApplicationScoped
public class QuoteMapper {

    public SubmitQuoteResponse toResponse(Quote quote) {
        return new SubmitQuoteResponse(quote.quoteNumber, quote.status, quote.createdAt, quote.items.size());
    }

    public QuoteSummary toSummary(Quote quote, long itemCount) {
        return new QuoteSummary(quote.quoteNumber, quote.status, quote.customerName, quote.customerEmail,
                quote.company, quote.country, quote.locale, itemCount, quote.totalAmount, quote.createdAt,
                quote.updatedAt);
    }

    public QuoteDetail toDetail(Quote quote) {
        return new QuoteDetail(quote.quoteNumber, quote.status,
                new QuoteDetail.Customer(quote.customerName, quote.customerEmail, quote.customerPhone, quote.company,
                        quote.country),
                quote.locale, quote.message, quote.totalAmount, quote.adminNotes, quote.createdAt, quote.updatedAt,
                quote.items.stream().map(QuoteMapper::toDetailItem).toList());
    }

    public QuoteSubmitted toSubmitted(Quote quote, UUID eventId) {
        return new QuoteSubmitted(eventId, quote.createdAt, quote.id, quote.quoteNumber, quote.locale,
                new QuoteSubmitted.Customer(quote.customerName, quote.customerEmail, quote.customerPhone,
                        quote.company, quote.country),
                quote.message,
                quote.items.stream()
                        .map(i -> new QuoteSubmitted.Item(i.productId, i.sku, i.productName, i.quantity, i.unit))
                        .toList());
    }

    private static QuoteDetail.Item toDetailItem(QuoteItem i) {
        return new QuoteDetail.Item(i.productId, i.sku, i.productName, i.unit, i.quantity, i.unitPrice, i.totalPrice,
                i.notes);
    }

    /** Optional text fields: trimmed, and blank means absent. */
    public static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
