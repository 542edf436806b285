package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A contact message, for staff. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactDetail(String reference, String name, String email, String phone, String company,
        String subject, String message, String locale, Instant createdAt, boolean handled, Instant handledAt,
        String handledBy) {
}
