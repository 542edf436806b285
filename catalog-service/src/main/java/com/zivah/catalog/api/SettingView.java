package com.zivah.catalog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.catalog.SettingType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site setting as staff read it: typed value, public flag and the version a PUT must be based on. */
@Schema(name = "SiteSetting")
public record SettingView(
        @Schema(example = "contact-email") String key,
        SettingType type,
        @Schema(description = "typed JSON: a string (TEXT), number (NUMBER), true/false (BOOLEAN), object or array (JSON)",
                implementation = Object.class) JsonNode value,
        String description,
        @JsonProperty("public") @Schema(description = "readable anonymously through /api/catalog/settings/public")
        boolean isPublic,
        @Schema(description = "the version a PUT must be based on") long version,
        Instant updatedAt,
        String updatedBy) {
}
