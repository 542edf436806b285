package com.zivah.catalog.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.catalog.SettingType;
import java.time.Instant;
import java.util.UUID;

/**
 * SiteSettingChanged v1 (docs/events/SiteSettingChanged.v1.schema.json), published on {@link #TOPIC} keyed by the
 * setting key whenever a setting's value changes. The topic is compacted ({@link CompactedTopics}): the latest value
 * of every setting stays. Consumers ignore a {@code version} older than the one they hold.
 */
public record SiteSettingChanged(UUID eventId, Instant occurredAt, String key, SettingType type, JsonNode value,
                                 @JsonProperty("public") boolean isPublic, long version) {

    public static final String TOPIC = "zivah.catalog.setting.v1";
    public static final String TYPE = "SiteSettingChanged";
}
