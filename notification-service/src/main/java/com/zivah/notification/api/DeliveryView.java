package com.zivah.notification.api;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.SuppressionReason;
import java.time.Instant;
import java.util.UUID;

/** One line of the delivery log as staff see it (built by {@code mapping.DeliveryMapper}). */
public record DeliveryView(Long id, UUID eventId, String quoteNumber, String template, String recipient,
                           String subject, String locale, DeliveryStatus status, SuppressionReason suppressionReason,
                           int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
