package com.zivah.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The editable state of a product (PUT replaces all of it). The same shape as {@link ProductView} for the
 * texts, so a client can GET, edit and PUT back (with the {@code version} it read, so a concurrent edit is
 * never silently overwritten). SKU and slug identify the product and are not changed here.
 */
@ConsistentPrice
public record ProductUpdateRequest(
        @NotBlank @Size(max = 100) String categorySlug,
        @NotNull @Valid Name name,
        @NotNull @Valid Description description,
        @Size(max = 30, message = "{zivah.list.max-size}")
        List<@NotNull @Valid Spec> specs,
        @NotNull @Pattern(regexp = UNITS, message = "{catalog.unit}")
        String unit,
        @NotNull @Min(value = 1, message = "{zivah.number.min}") @Max(1_000_000_000) Integer minOrderQuantity,
        @DecimalMin(value = "0.01", message = "{zivah.number.at-least}")
        @Digits(integer = 10, fraction = 2, message = "{zivah.number.digits}")
        BigDecimal price,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{zivah.currency}") String currency,
        @NotNull Boolean priceOnRequest,
        @NotNull @Min(value = 0, message = "{zivah.number.min}") @Max(1_000_000_000) Integer stockQuantity,
        @NotNull Boolean active,
        /** The version this edit was based on (from GET): a PUT over a newer version is refused with 409. */
        @NotNull @Min(value = 1, message = "{catalog.version.product}") Long version)
        implements ConsistentPrice.Priced {

    /** The units the catalog sells in (mirrors the product_unit_known check constraint). */
    public static final String UNITS = "kg|t|l|unit|box|bag|carton|drum|bale|m";

    public record Name(@NotBlank @Size(max = 200) String es, @NotBlank @Size(max = 200) String en) {
    }

    public record Description(@NotBlank @Size(max = 4000) String es, @NotBlank @Size(max = 4000) String en) {
    }
}
