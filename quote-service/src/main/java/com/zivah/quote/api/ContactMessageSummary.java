package com.zivah.quote.api;

import java.time.Instant;

/** One row of the staff contact-message list. */
public record ContactMessageSummary(String reference, String name, String email, String company, String subject,
                                    String locale, Instant createdAt, boolean handled, Instant handledAt,
                                    String handledBy) {
}
