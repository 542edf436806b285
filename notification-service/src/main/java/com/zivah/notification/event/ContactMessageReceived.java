package com.zivah.notification.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * This consumer's copy of {@code docs/events/ContactMessageReceived.v1.schema.json} (channel
 * {@code contact-received}, topic {@code zivah.contact.received.v1}, key = reference): what the auto-reply and the
 * sales alert need. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactMessageReceived(
        @NotNull UUID eventId,
        Instant occurredAt,
        Long messageId,
        @NotBlank String reference,
        String locale,
        @NotNull @Valid Sender sender,
        @NotBlank String subject,
        @NotBlank String message) {

    public static final String TOPIC = "zivah.contact.received.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sender(
            @NotBlank String name,
            @NotBlank @Email String email,
            String phone,
            String company) {
    }
}
