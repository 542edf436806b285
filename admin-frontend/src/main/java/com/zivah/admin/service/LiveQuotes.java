package com.zivah.admin.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * New RFQs as they arrive on this replica (from {@code event/QuoteSubmissions}), broadcast to every open dashboard's
 * event stream. Nothing is kept: a dashboard that connects later loads the figures itself.
 */
@ApplicationScoped
public class LiveQuotes {

    private final BroadcastProcessor<String> submitted = BroadcastProcessor.create();

    /** A quote was submitted (its number, or "" when the event did not say). */
    public void submitted(String quoteNumber) {
        submitted.onNext(quoteNumber == null ? "" : quoteNumber);
    }

    public Multi<String> stream() {
        return submitted;
    }
}
