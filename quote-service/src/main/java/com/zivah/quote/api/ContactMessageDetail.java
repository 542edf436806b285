package com.zivah.quote.api;

import java.time.Instant;

/** A contact message, for staff. */
public record ContactMessageDetail(String reference, String name, String email, String phone, String company,
                                   String subject, String message, String locale, Instant createdAt,
                                   boolean handled, Instant handledAt, String handledBy) {
}
