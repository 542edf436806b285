package com.zivah.notification.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This consumer's copy of {@code docs/events/QuoteSubmitted.v1.schema.json} (channel {@code quote-submitted}):
 * only the shape the confirmation and the sales alert read; unknown fields are ignored so the producer can add fields.
 * The constraints are what a mail needs; platform-inbox's {@code EventReader} rejects an event violating them
 * as poison (dead-lettered at once).
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
            @NotNull @Positive Integer quantity,
            String unit,
            String note,
            BigDecimal unitPrice,
            String currency,
            Boolean priceOnRequest) {
    }
}
