package com.zivah.web.service;

import java.util.List;

/** What became of an RFQ sent to quote-service. */
public sealed interface QuoteSubmission {

    /** Registered: the buyer gets this number. */
    record Accepted(String quoteNumber) implements QuoteSubmission {
    }

    /**
     * Refused with a 400 problem. {@code formFields} are the form fields the problem named (in form order);
     * {@code unmatched} is true when it also named something the form does not show.
     */
    record Rejected(List<String> formFields, boolean unmatched) implements QuoteSubmission {
    }
}
