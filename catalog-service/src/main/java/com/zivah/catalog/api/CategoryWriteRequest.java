package com.zivah.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of a category write. POST: {@code slug} optional (derived from name.es), {@code version} absent; the new
 * category goes last in the display order. PUT: {@code slug} absent or unchanged (a category's URL name never
 * changes), {@code version} the one the edit was based on. The order changes only through PUT .../categories/order.
 */
public record CategoryWriteRequest(
        @Size(max = 100) @Pattern(regexp = ProductCreateRequest.SLUG,
                message = "{catalog.slug.category}") String slug,
        @NotNull @Valid Name name,
        @Valid Description description,
        @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{catalog.icon}")
        String icon,
        @NotNull @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "{catalog.colour}") String color,
        @Min(value = 1, message = "{catalog.version.category}")
        @Schema(description = "PUT: the version the edit was based on (required); POST: absent") Long version) {

    public record Name(@NotBlank @Size(max = 100) String es, @NotBlank @Size(max = 100) String en) {
    }

    public record Description(@Size(max = 2000) String es, @Size(max = 2000) String en) {
    }
}
