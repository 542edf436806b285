package com.zivah.web.service;

import com.zivah.web.client.QuoteCreated;
import java.util.List;

/** What became of an RFQ or a contact message sent to quote-service. */
public sealed interface QuoteSubmission {

    /** Registered: the buyer gets this number (quote or contact reference) and any warnings on the lines. */
    record Accepted(String number, List<QuoteCreated.Warning> warnings) implements QuoteSubmission {
    }

    /**
     * Refused with a 400 problem. {@code formFields} are the form fields the problem named (in its order, e.g.
     * {@code email}, {@code items[1]}); {@code unmatched} is true when it also named something the form does not show.
     */
    record Rejected(List<String> formFields, boolean unmatched) implements QuoteSubmission {
    }

    /**
     * The idempotency key was already used for a different request (422): the visitor changed the cart after a
     * submission whose answer never reached them. The form is drawn again with a new key.
     */
    record KeyReused() implements QuoteSubmission {
    }
}
