package com.zivah.admin.service;

import com.zivah.admin.client.Page;
import com.zivah.admin.client.QuoteClient;
import com.zivah.admin.client.QuoteStatistics;
import com.zivah.admin.client.QuoteSummary;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The admin's use of quote-service (the service pattern: one method per use, every call through {@link Upstream}). */
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
}
