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
        @NotBlank @Size(max = 40) @Pattern(regexp = SKU, message = "must be upper-case letters, digits and hyphens such as ZV-CAF-001")
        String sku,
        @Size(max = 150) @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens such as green-coffee")
        @Schema(description = "URL name; derived from name.es when absent (accents dropped, words joined by hyphens)")
        String slug,
        @NotBlank @Size(max = 100) String categorySlug,
        @NotNull @Valid ProductUpdateRequest.Name name,
        @NotNull @Valid ProductUpdateRequest.Description description,
        @Size(max = 30, message = "must have at most 30 entries") List<@NotNull @Valid Spec> specs,
        @NotNull @Pattern(regexp = ProductUpdateRequest.UNITS,
                message = "must be one of kg, t, l, unit, box, bag, carton, drum, bale, m") String unit,
        @NotNull @Min(value = 1, message = "must be 1 or more") @Max(1_000_000_000) Integer minOrderQuantity,
        @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 integer digits and 2 decimals")
        BigDecimal price,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @NotNull Boolean priceOnRequest,
        @NotNull @Min(value = 0, message = "must be 0 or more") @Max(1_000_000_000) Integer stockQuantity,
        @NotNull Boolean active) implements ConsistentPrice.Priced {

    public static final String SKU = "[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The editable state (what a PUT would carry), without a version. */
    public ProductUpdateRequest state() {
        return new ProductUpdateRequest(categorySlug, name, description, specs, unit, minOrderQuantity, price, currency,
                priceOnRequest, stockQuantity, active, null);
    }
}
