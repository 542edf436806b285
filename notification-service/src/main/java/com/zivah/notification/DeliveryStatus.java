package com.zivah.notification;

/** Where a mail stands. */
public enum DeliveryStatus {
    /** Queued (admitted against the limits); not (yet) accepted by the SMTP server: the sender will try it. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after {@code zivah.mail.sender.give-up-after} of failed attempts (see {@code attempts}, {@code lastError}); staff may resend it. */
    FAILED,
    /** Deliberately not mailed (see {@link SuppressionReason}); kept so staff still see the request. */
    SUPPRESSED
}
