package com.zivah.quote.mapping;

import com.zivah.quote.Quote;
import com.zivah.quote.QuoteItem;
import com.zivah.quote.QuoteTimelineEntry;
import com.zivah.quote.QuoteVersion;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteSummary;
import com.zivah.quote.api.QuoteVersionSummary;
import com.zivah.quote.api.SubmitQuoteResponse;
import com.zivah.quote.api.TimelineEntry;
import com.zivah.quote.event.QuoteSent;
import com.zivah.quote.event.QuoteSubmitted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
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

    /**
     * The staff view {@code today} (what may be done depends on the day: validUntil) with its sent versions and the
     * site settings' proposal.
     */
    public static QuoteDetail toDetail(Quote quote, List<QuoteVersion> sent, LocalDate today,
                                       QuoteDetail.Proposal proposed) {
        return new QuoteDetail(quote.quoteNumber, quote.status,
                new QuoteDetail.Customer(quote.customerName, quote.customerEmail, quote.customerPhone, quote.company,
                        quote.country),
                quote.locale, quote.message, quote.total(), quote.adminNotes, quote.createdAt, quote.updatedAt,
                quote.firstResponseAt, quote.items.stream().map(QuoteMapper::toDetailItem).toList(), quote.version,
                quote.currency, quote.validUntil, quote.terms, quote.discountPercent, quote.subtotal(),
                quote.discountAmount(), quote.total(), quote.cancelReason, quote.allowedActions(today),
                sent.stream().map(QuoteMapper::toVersionSummary).toList(), proposed);
    }

    public static QuoteVersionSummary toVersionSummary(QuoteVersion v) {
        return new QuoteVersionSummary(v.versionNo, v.sentAt, v.sentBy, v.total, v.currency);
    }

    public static TimelineEntry toTimelineEntry(QuoteTimelineEntry e) {
        return new TimelineEntry(e.at, e.actor, e.kind, e.summary, e.details);
    }

    /** The event of a frozen version with its rendered PDF ({@code sha256} its hex SHA-256). */
    public static QuoteSent toSent(Quote.Document frozen, UUID eventId, byte[] pdf, byte[] sha256) {
        return new QuoteSent(eventId, frozen.at(), frozen.quoteId(), frozen.quoteNumber(), frozen.version(),
                frozen.language().tag(), frozen.sentBy(),
                new QuoteSent.Customer(frozen.customerName(), frozen.customerEmail(), frozen.company()),
                frozen.currency(), frozen.validUntil(),
                frozen.lines().stream()
                        .map(l -> new QuoteSent.Item(l.sku(), l.productName(), l.quantity(), l.unit(), l.note(),
                                l.unitPrice(), l.lineTotal()))
                        .toList(),
                frozen.subtotal(), frozen.discountPercent(), frozen.discountAmount(), frozen.total(), frozen.terms(),
                new QuoteSent.Pdf(frozen.fileName(), HexFormat.of().formatHex(sha256), pdf.length,
                        Base64.getEncoder().encodeToString(pdf)));
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
                i.currency, i.priceOnRequest, i.minOrderQuantity, i.lineTotal(), i.notes, i.id, i.quotedUnitPrice,
                i.lineTotal());
    }
}
