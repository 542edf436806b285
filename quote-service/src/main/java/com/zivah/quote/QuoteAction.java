package com.zivah.quote;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status graph of a quote: each action moves a quote from one of its {@link #from} statuses to {@link #to}.
 * {@link #SEND} is only done by sending a priced version ({@link Quote#freezeVersion}), never as a plain transition.
 */
public enum QuoteAction {
    START_PROCESSING(QuoteStatus.PROCESSING, QuoteStatus.PENDING),
    SEND(QuoteStatus.SENT, QuoteStatus.PROCESSING),
    CLOSE(QuoteStatus.CLOSED, QuoteStatus.SENT),
    CANCEL(QuoteStatus.CANCELLED, QuoteStatus.PENDING, QuoteStatus.PROCESSING, QuoteStatus.SENT),
    /** A sent, closed or cancelled quote is worked on again; the next send is a new version. */
    REOPEN(QuoteStatus.PROCESSING, QuoteStatus.SENT, QuoteStatus.CLOSED, QuoteStatus.CANCELLED);

    public final QuoteStatus to;
    private final Set<QuoteStatus> from;

    QuoteAction(QuoteStatus to, QuoteStatus first, QuoteStatus... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public boolean allowedFrom(QuoteStatus status) {
        return from.contains(status);
    }
}
