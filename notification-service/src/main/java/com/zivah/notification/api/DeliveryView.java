package com.zivah.notification.api;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.SuppressionReason;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the delivery log as staff see it (built by {@code mapping.DeliveryMapper}); {@code nextAttemptAt}
 * is set while PENDING.
 */
public record DeliveryView(Long id, UUID eventId, MailKind kind, String quoteNumber, String contactReference,
                           String template, String recipient, String subject, String locale, DeliveryStatus status,
                           SuppressionReason suppressionReason, int attempts, String lastError, Instant createdAt,
                           Instant updatedAt, Instant nextAttemptAt, Instant sentAt,
                           @Schema(description = "QUOTE_SENT: the version of the quote that was sent")
                           Integer quoteVersion,
                           @Schema(description = "the file the mail carries (a sent quote's PDF); null when none",
                                   example = "ZQ-2026-000042-v1.pdf")
                           String attachmentName) {
}
