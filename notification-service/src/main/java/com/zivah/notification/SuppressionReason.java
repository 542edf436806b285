package com.zivah.notification;

/** Why a confirmation was recorded but not mailed. */
public enum SuppressionReason {
    /** The address already got {@code zivah.mail.recipient-limit.max} confirmations in the sliding window. */
    RECIPIENT_LIMIT,
    /** All replicas together already admitted {@code zivah.mail.budget.max} confirmations in this budget window. */
    BUDGET;

    /** The value of the {@code reason} tag of {@code zivah.notification.mails.suppressed}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
