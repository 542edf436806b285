package com.zivah.quote.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of {@code POST /api/quotes/{number}/send}: the version the staff member saw. */
public record SendRequest(@NotNull @PositiveOrZero Integer version) {
}
