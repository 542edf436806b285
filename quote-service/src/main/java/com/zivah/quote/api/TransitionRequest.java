package com.zivah.quote.api;

import com.zivah.quote.Quote;
import com.zivah.quote.QuoteAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/quotes/{number}/transitions}; {@code reason} is required to CANCEL. */
public record TransitionRequest(
        @NotNull QuoteAction action,
        @NotNull @PositiveOrZero Integer version,
        @Size(max = Quote.MAX_REASON) String reason) {
}
