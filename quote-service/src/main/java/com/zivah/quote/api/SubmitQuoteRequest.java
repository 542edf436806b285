package com.zivah.quote.api;

import com.zivah.quote.Quote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/quotes}: who asks, in which language, for which products. */
public record SubmitQuoteRequest(
        @NotNull @Valid Customer customer,
        @Pattern(regexp = "es|en", message = "{zivah.language}") String locale,
        @Size(max = 5000) String message,
        @NotNull @Size(min = 1, max = Quote.MAX_ITEMS, message = "{quote.items.size}")
        List<@NotNull @Valid Item> items) {

    /** The buyer. {@code country}: absent, blank (= absent) or an ISO 3166-1 alpha-2 code in upper case ("ES"). */
    public record Customer(
            @NotBlank @Size(max = 255) String name,
            @NotBlank @Size(max = 255)
            @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{zivah.email}") String email,
            @Size(max = 50) String phone,
            @Size(max = 255) String company,
            @CountryCode String country) {
    }

    public record Item(
            @NotNull @Positive Long productId,
            @NotNull @Min(value = Quote.MIN_QUANTITY, message = "{quote.quantity.range}")
            @Max(value = Quote.MAX_QUANTITY, message = "{quote.quantity.range}") Integer quantity,
            @Size(max = Quote.MAX_NOTE) String note) {
    }
}
