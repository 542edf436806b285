package com.zivah.quote.api;

import com.zivah.quote.Quote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code PUT /api/quotes/{number}/pricing}: the version it is based on and staff's whole editable state
 * ({@code currency} null: unchanged; other nulls: none). Items not listed keep their price; a listed item's
 * {@code unitPrice} null makes it unpriced.
 */
public record PricingRequest(
        @NotNull @PositiveOrZero Integer version,
        @Pattern(regexp = "[A-Z]{3}", message = "{zivah.currency}") String currency,
        LocalDate validUntil,
        @Size(max = Quote.MAX_TERMS, message = "{zivah.text.max-length}") String terms,
        @Size(max = Quote.MAX_ADMIN_NOTES, message = "{zivah.text.max-length}") String adminNotes,
        @DecimalMin(value = "0", message = "{zivah.percent.range}")
        @DecimalMax(value = "100", message = "{zivah.percent.range}")
        @Digits(integer = 3, fraction = 2, message = "{zivah.number.decimals}") BigDecimal discountPercent,
        @Size(max = Quote.MAX_ITEMS) List<@NotNull @Valid ItemPrice> items) {

    public record ItemPrice(
            @NotNull Long id,
            @DecimalMin(value = "0", message = "{zivah.number.not-negative}")
            @Digits(integer = 10, fraction = 2, message = "{zivah.number.digits-total}")
            BigDecimal unitPrice) {
    }
}
