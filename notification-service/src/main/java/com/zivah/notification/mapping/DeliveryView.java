package com.zivah.notification.mapping;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.SuppressionReason;
import java.time.Instant;
import java.util.UUID;

/** One line of the delivery log as staff see it. */
public record DeliveryView(Long id, UUID eventId, String quoteNumber, String template, String recipient,
                           String subject, String locale, DeliveryStatus status, SuppressionReason suppressionReason,
                           int attempts, String lastError, Instant createdAt, Instant sentAt) {

    public static DeliveryView of(MailDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.quoteNumber, d.template, d.recipient, d.subject, d.locale,
                d.status, d.suppressionReason, d.attempts, d.lastError, d.createdAt, d.sentAt);
    }
}
