package com.zivah.quote.event;

import java.time.Instant;
import java.util.UUID;

/**
 * ContactMessageReceived v1, exactly as in docs/events/ContactMessageReceived.v1.schema.json: published (via the
 * outbox) on {@code zivah.contact.received.v1} with key {@code reference} when a contact message is stored.
 */
public record ContactMessageReceived(
        UUID eventId,
        Instant occurredAt,
        long messageId,
        String reference,
        String locale,
        Sender sender,
        String subject,
        String message) {

    public static final String TOPIC = "zivah.contact.received.v1";
    public static final String TYPE = "ContactMessageReceived";

    public record Sender(String name, String email, String phone, String company) {
    }
}
