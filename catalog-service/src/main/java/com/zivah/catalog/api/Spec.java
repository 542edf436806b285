package com.zivah.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a product's specification table, in the order the product page shows it:
 * {@code {"key": "origin", "label": {"es": "Origen", "en": "Origin"}, "value": {"es": "Colombia", "en": "Colombia"}}}.
 * The same record in views and in write bodies (the constraints apply to writes).
 */
@Schema(name = "ProductSpec")
public record Spec(
        @NotBlank @Size(max = 60) @Pattern(regexp = KEY, message = "{catalog.spec-key}")
        @Schema(description = "stable key of the line (unique in the product)", example = "origin") String key,
        @NotNull @Valid Label label,
        @NotNull @Valid Value value) {

    /** camelCase: a lower-case letter, then letters and digits. */
    public static final String KEY = "[a-z][A-Za-z0-9]*";

    public record Label(@NotBlank @Size(max = 100) String es, @NotBlank @Size(max = 100) String en) {
    }

    public record Value(@NotBlank @Size(max = 300) String es, @NotBlank @Size(max = 300) String en) {
    }
}
