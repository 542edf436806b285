package com.zivah.notification.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * This consumer's copy of {@code docs/events/QuoteSent.v1.schema.json} (channel {@code quote-sent}, topic
 * {@code zivah.quote.sent.v1}, key = quote number): what the mail of a sent quote reads; unknown fields are ignored
 * so the producer can add fields. The constraints are what the mail needs, the PDF included: its base64 must decode
 * to {@code sizeBytes} bytes with the announced {@code sha256} (a PDF that is not the one quote-service rendered is
 * never mailed). platform-inbox's {@code EventReader} rejects a violating event as poison (dead-lettered at once).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteSent(
        @NotNull UUID eventId,
        Instant occurredAt,
        @NotBlank String quoteNumber,
        @NotNull @Positive Integer version,
        String locale,
        String sentBy,
        @NotNull @Valid Customer customer,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull LocalDate validUntil,
        @NotEmpty List<@NotNull @Valid Item> items,
        @NotNull @PositiveOrZero BigDecimal subtotal,
        BigDecimal discountPercent,
        @NotNull @PositiveOrZero BigDecimal discountAmount,
        @NotNull @PositiveOrZero BigDecimal total,
        String terms,
        @NotNull @Valid Pdf pdf) {

    public static final String TOPIC = "zivah.quote.sent.v1";

    /** Whether the quote has a discount to show (a percentage above zero). */
    @JsonIgnore
    public boolean discounted() {
        return discountPercent != null && discountPercent.signum() > 0;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(
            @NotBlank String name,
            @NotBlank @Email String email,
            String company) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            String sku,
            @NotBlank String productName,
            @NotNull @Positive Integer quantity,
            String unit,
            String note,
            @NotNull @PositiveOrZero BigDecimal unitPrice,
            @NotNull @PositiveOrZero BigDecimal lineTotal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pdf(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,100}\\.pdf") String fileName,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
            @NotNull @Positive Integer sizeBytes,
            @NotBlank String base64) {

        public static final String CONTENT_TYPE = "application/pdf";

        /** The PDF's bytes; empty when {@link #base64} is not base64. */
        @JsonIgnore
        public byte[] bytes() {
            try {
                return base64 == null ? new byte[0] : Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }

        /** The bytes are the announced ones: their size and SHA-256 match. */
        @JsonIgnore
        @AssertTrue(message = "must decode to sizeBytes bytes with the given sha256")
        public boolean isIntact() {
            byte[] bytes = bytes();
            return bytes.length > 0 && sizeBytes != null && bytes.length == sizeBytes && sha256 != null
                    && sha256.equals(sha256(bytes));
        }

        public static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
