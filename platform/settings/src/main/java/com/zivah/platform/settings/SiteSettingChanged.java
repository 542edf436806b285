package com.zivah.platform.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * The kit's copy of {@code docs/events/SiteSettingChanged.v1.schema.json} (channel {@code site-settings},
 * the compacted topic {@code zivah.catalog.setting.v1}): the new value of one setting.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteSettingChanged(
        @NotNull UUID eventId,
        Instant occurredAt,
        @NotBlank String key,
        @NotBlank String type,
        @NotNull JsonNode value,
        @JsonProperty("public") boolean isPublic,
        @NotNull Long version) {

    public static final String TOPIC = "zivah.catalog.setting.v1";

    /** The value as stored: a string's text, anything else as JSON. */
    public String valueText() {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
