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
    CONTACT_SALES_ALERT("contact-sales-alert", false);

    private final String template;
    private final boolean toCustomer;

    MailKind(String template, boolean toCustomer) {
        this.template = template;
        this.toCustomer = toCustomer;
    }

    /** The name of its templates in the delivery log ({@code template} column). */
    public String template() {
        return template;
    }

    /**
     * Whether it goes to an address a visitor typed in (the per-recipient limit and the mail budget apply);
     * mails to our own sales address are never suppressed.
     */
    public boolean toCustomer() {
        return toCustomer;
    }
}
