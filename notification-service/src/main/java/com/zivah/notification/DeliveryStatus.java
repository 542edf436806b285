package com.zivah.notification;

/** Where a mail stands: accepted by the SMTP server, or not (yet). */
public enum DeliveryStatus {
    SENT,
    FAILED
}
