package com.zivah.notification;

/** Where a mail stands. */
public enum DeliveryStatus {
    /** Admitted against the recipient limit and the budget; not (yet) accepted by the SMTP server. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The attempts to hand it to the SMTP server failed (see {@code attempts}, {@code lastError}). */
    FAILED,
    /** Deliberately not mailed (see {@link SuppressionReason}); kept so staff still see the request. */
    SUPPRESSED
}
