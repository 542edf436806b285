package com.zivah.quote.api;

import java.time.Instant;

/** What the sender gets back: the reference to quote in any follow-up. */
public record ContactMessageCreated(String reference, Instant createdAt) {
}
