package com.zivah.notification;

/** Which mail of an event a delivery is: each event causes at most one of each kind (unique event id + kind). */
public enum MailKind {
    /** To the buyer, in the buyer's language: the quote number and the lines. */
    QUOTE_CONFIRMATION("quote-confirmation", true),
    /** To the sales address (site setting {@code sales-notification-email}), in Spanish, with a link to /admin. */
    QUOTE_SALES_ALERT("quote-sales-alert", false),
    /** To the sender of a contact message, in the sender's language. */
    CONTACT_AUTO_REPLY("contact-auto-reply", true),
    /** To the sales address, in Spanish: who wrote and what. */
    CONTACT_SALES_ALERT("contact-sales-alert", false),
    /**
     * To the buyer, in the buyer's language: the priced quote staff sent, with its PDF attached. Staff sent it, so
     * it is never limited.
     */
    QUOTE_SENT("quote-sent", false);

    private final String template;
    private final boolean limited;

    MailKind(String template, boolean limited) {
        this.template = template;
        this.limited = limited;
    }

    /** The name of its templates in the delivery log ({@code template} column). */
    public String template() {
        return template;
    }

    /**
     * Whether a visitor's request makes us mail an address the visitor typed in, so the per-recipient limit and the
     * mail budget apply. Mails to our own sales address and mails staff sent (a priced quote) are never suppressed.
     */
    public boolean limited() {
        return limited;
    }
}
