package com.zivah.catalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PUT body of a setting: the new typed value (validated by its type and key in the service) and the version it
 * was based on (from GET); a setting changed meanwhile is a 409.
 */
public record SettingUpdateRequest(
        @NotNull @Schema(description = "typed JSON matching the setting's type", implementation = Object.class,
                example = "\"ventas@zivah.com\"") JsonNode value,
        @NotNull @Schema(description = "the version the edit was based on") Long version) {
}
