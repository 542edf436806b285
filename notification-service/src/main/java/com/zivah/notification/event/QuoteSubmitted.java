package com.zivah.notification.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This consumer's copy of {@code docs/events/QuoteSubmitted.v1.json} (topic {@code zivah.quote.submitted.v1}):
 * only the shape the confirmation mail reads; unknown fields are ignored so the producer can add fields.
 * The constraints are what a mail needs; an event violating them is a poison message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteSubmitted(
        @NotNull UUID eventId,
        Instant occurredAt,
        Long quoteId,
        @NotBlank String quoteNumber,
        String locale,
        @NotNull @Valid Customer customer,
        String message,
        @NotEmpty List<@NotNull @Valid Item> items) {

    public static final String TOPIC = "zivah.quote.submitted.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(
            @NotBlank String name,
            @NotBlank @Email String email,
            String phone,
            String company,
            String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            Long productId,
            String sku,
            @NotBlank String productName,
            @NotNull BigDecimal quantity,
            String unit) {
    }
}
