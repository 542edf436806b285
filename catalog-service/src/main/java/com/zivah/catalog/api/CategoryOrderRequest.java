package com.zivah.catalog.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PUT body of the category order: every category's slug exactly once, first shown first. */
public record CategoryOrderRequest(
        @NotNull @Size(min = 1, max = 500)
        @Schema(description = "every category slug exactly once, in the new display order",
                example = "[\"especias\", \"cafe-cacao\"]") List<@NotNull String> slugs) {
}
