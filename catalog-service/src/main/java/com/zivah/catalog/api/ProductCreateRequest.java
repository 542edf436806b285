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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * POST body of a new product: its identifiers (SKU; slug, derived from the Spanish name when absent) and the same
 * editable state as {@link ProductUpdateRequest}, without a version (a new product starts at version 1).
 */
@ConsistentPrice
public record ProductCreateRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = SKU, message = "{catalog.sku}")
        String sku,
        @Size(max = 150) @Pattern(regexp = SLUG, message = "{catalog.slug.product}")
        @Schema(description = "URL name; derived from name.es when absent (accents dropped, words joined by hyphens)")
        String slug,
        @NotBlank @Size(max = 100) String categorySlug,
        @NotNull @Valid ProductUpdateRequest.Name name,
        @NotNull @Valid ProductUpdateRequest.Description description,
        @Size(max = 30, message = "{zivah.list.max-size}") List<@NotNull @Valid Spec> specs,
        @NotNull @Pattern(regexp = ProductUpdateRequest.UNITS,
                message = "{catalog.unit}") String unit,
        @NotNull @Min(value = 1, message = "{zivah.number.min}") @Max(1_000_000_000) Integer minOrderQuantity,
        @DecimalMin(value = "0.01", message = "{zivah.number.at-least}")
        @Digits(integer = 10, fraction = 2, message = "{zivah.number.digits}")
        BigDecimal price,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{zivah.currency}") String currency,
        @NotNull Boolean priceOnRequest,
        @NotNull @Min(value = 0, message = "{zivah.number.min}") @Max(1_000_000_000) Integer stockQuantity,
        @NotNull Boolean active) implements ConsistentPrice.Priced {

    public static final String SKU = "[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The editable state (what a PUT would carry), without a version. */
    public ProductUpdateRequest state() {
        return new ProductUpdateRequest(categorySlug, name, description, specs, unit, minOrderQuantity, price, currency,
                priceOnRequest, stockQuantity, active, null);
    }
}
