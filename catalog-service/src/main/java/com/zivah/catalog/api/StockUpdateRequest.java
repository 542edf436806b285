package com.zivah.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** PUT body of a product's stock: the new quantity on hand and the version the edit was based on. */
public record StockUpdateRequest(
        @NotNull @Min(value = 0, message = "{zivah.number.min}") @Max(1_000_000_000) Integer stockQuantity,
        @NotNull @Min(value = 1, message = "{catalog.version.product}") Long version) {
}
