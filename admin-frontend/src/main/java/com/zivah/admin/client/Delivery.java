package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One mail of notification-service's delivery log, as the quote's timeline shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Delivery(long id, String kind, String quoteNumber, String recipient, String status, int attempts,
        Instant createdAt, Instant sentAt, String attachmentName) {
}
