package com.zivah.quote.mapping;

import com.zivah.quote.Quote;
import com.zivah.quote.QuoteItem;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteSummary;
import com.zivah.quote.api.SubmitQuoteResponse;
import com.zivah.quote.event.QuoteSubmitted;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A quote as the REST API and the QuoteSubmitted event show it. */
public final class QuoteMapper {

    private QuoteMapper() {
    }

    /**
     * The buyer's answer, from the stored quote only (items in request order), so a replay of an Idempotency-Key
     * maps the re-read quote to the same body as the first answer.
     */
    public static SubmitQuoteResponse toResponse(Quote quote) {
        List<SubmitQuoteResponse.Item> items = new ArrayList<>();
        List<SubmitQuoteResponse.Warning> warnings = new ArrayList<>();
        for (int i = 0; i < quote.items.size(); i++) {
            QuoteItem item = quote.items.get(i);
            items.add(new SubmitQuoteResponse.Item(item.productId, item.sku, item.productName, item.quantity,
                    item.unit, item.note, item.unitPrice, item.currency, item.priceOnRequest));
            if (item.belowMinimumOrder()) {
                warnings.add(new SubmitQuoteResponse.Warning("items[" + i + "].quantity",
                        SubmitQuoteResponse.Warning.BELOW_MINIMUM_ORDER, item.minOrderQuantity));
            }
        }
        return new SubmitQuoteResponse(quote.quoteNumber, quote.status, quote.createdAt, quote.items.size(),
                items, warnings);
    }

    public static QuoteSummary toSummary(Quote quote, long itemCount) {
        return new QuoteSummary(quote.quoteNumber, quote.status, quote.customerName, quote.customerEmail,
                quote.company, quote.country, quote.locale, itemCount, quote.totalAmount, quote.createdAt,
                quote.updatedAt);
    }

    public static QuoteDetail toDetail(Quote quote) {
        return new QuoteDetail(quote.quoteNumber, quote.status,
                new QuoteDetail.Customer(quote.customerName, quote.customerEmail, quote.customerPhone, quote.company,
                        quote.country),
                quote.locale, quote.message, quote.totalAmount, quote.adminNotes, quote.createdAt, quote.updatedAt,
                quote.firstResponseAt, quote.items.stream().map(QuoteMapper::toDetailItem).toList());
    }

    public static QuoteSubmitted toSubmitted(Quote quote, UUID eventId) {
        return new QuoteSubmitted(eventId, quote.createdAt, quote.id, quote.quoteNumber, quote.locale,
                new QuoteSubmitted.Customer(quote.customerName, quote.customerEmail, quote.customerPhone,
                        quote.company, quote.country),
                quote.message,
                quote.items.stream()
                        .map(i -> new QuoteSubmitted.Item(i.productId, i.sku, i.productName, i.quantity, i.unit,
                                i.note, i.unitPrice, i.currency, i.priceOnRequest))
                        .toList());
    }

    private static QuoteDetail.Item toDetailItem(QuoteItem i) {
        return new QuoteDetail.Item(i.productId, i.sku, i.productName, i.unit, i.quantity, i.note, i.unitPrice,
                i.currency, i.priceOnRequest, i.minOrderQuantity, i.totalPrice, i.notes);
    }
}
