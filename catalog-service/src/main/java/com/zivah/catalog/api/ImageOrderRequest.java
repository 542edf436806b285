package com.zivah.catalog.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new order of a product's images: every image id exactly once, the first becomes primary. {@code version}, when
 * given, is the product version the editor saw (409 when the product changed since).
 */
public record ImageOrderRequest(
        @Schema(description = "All of the product's image ids in the new order; the first becomes primary")
        @NotEmpty List<@NotNull Long> imageIds,
        @Min(value = 1, message = "{catalog.version.product}") Long version) {
}
