package com.zivah.admin.service;

import com.zivah.admin.client.ContactDetail;
import com.zivah.admin.client.ContactSummary;
import com.zivah.admin.client.Page;
import com.zivah.admin.client.PricingRequest;
import com.zivah.admin.client.QuoteClient;
import com.zivah.admin.client.QuoteDetail;
import com.zivah.admin.client.QuoteStatistics;
import com.zivah.admin.client.QuoteSummary;
import com.zivah.admin.client.SendRequest;
import com.zivah.admin.client.TimelineEntry;
import com.zivah.admin.client.TransitionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The admin's use of quote-service (the service pattern: one method per use, every call through {@link Upstream}).
 * Pricing, totals, the status graph, versions and PDFs are quote-service's: the admin sends what staff entered and
 * shows the answer.
 */
@ApplicationScoped
public class QuoteService {

    static final String SERVICE = "quote-service";

    private final QuoteClient quotes;
    private final Upstream upstream;

    public QuoteService(@RestClient QuoteClient quotes, Upstream upstream) {
        this.quotes = quotes;
        this.upstream = upstream;
    }

    public QuoteStatistics statistics() {
        return upstream.call(SERVICE, quotes::statistics);
    }

    /** The newest quotes first (the dashboard's "recent quotes"). */
    public Page<QuoteSummary> recent(int size) {
        return upstream.call(SERVICE, () -> quotes.quotes(null, null, null, null, null, null, "-createdAt", 0, size));
    }

    /** The staff list, newest first; blank filters are not sent. */
    public Page<QuoteSummary> list(QuoteQuery query, int size) {
        return upstream.call(SERVICE, () -> quotes.quotes(query.status(), query.email(), query.country(),
                query.from(), query.to(), query.text(), "-createdAt", query.page(), size));
    }

    public QuoteDetail get(String number) {
        return upstream.call(SERVICE, () -> quotes.quote(number));
    }

    public QuoteDetail price(String number, PricingRequest pricing) {
        return upstream.call(SERVICE, () -> quotes.price(number, pricing));
    }

    public QuoteDetail transition(String number, String action, int version, String reason) {
        return upstream.call(SERVICE, () -> quotes.transition(number, new TransitionRequest(action, version, reason)));
    }

    public QuoteDetail send(String number, int version) {
        return upstream.call(SERVICE, () -> quotes.send(number, new SendRequest(version)));
    }

    public List<TimelineEntry> timeline(String number) {
        return TimelineEntry.withCurrencies(upstream.call(SERVICE, () -> quotes.timeline(number)));
    }

    public byte[] versionPdf(String number, int version) {
        return upstream.call(SERVICE, () -> quotes.versionPdf(number, version));
    }

    public byte[] previewPdf(String number) {
        return upstream.call(SERVICE, () -> quotes.previewPdf(number));
    }

    /** {@code handled}: null = all, true/false = only handled / unhandled ones. */
    public Page<ContactSummary> contactMessages(Boolean handled, int page, int size) {
        return upstream.call(SERVICE, () -> quotes.contactMessages(handled == null ? null : handled.toString(), page,
                size));
    }

    public ContactDetail contactMessage(String reference) {
        return upstream.call(SERVICE, () -> quotes.contactMessage(reference));
    }

    public ContactDetail markHandled(String reference) {
        return upstream.call(SERVICE, () -> quotes.markHandled(reference));
    }
}
