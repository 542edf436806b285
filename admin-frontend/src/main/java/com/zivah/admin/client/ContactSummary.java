package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One row of quote-service's contact-message list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSummary(String reference, String name, String email, String company, String subject,
        String locale, Instant createdAt, boolean handled, Instant handledAt, String handledBy) {
}
