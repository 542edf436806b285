package com.zivah.admin.client.catalog;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A site setting with its type (TEXT, NUMBER, BOOLEAN, JSON) and typed JSON value. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteSetting(String key, String type, JsonNode value, String description,
                          @JsonProperty("public") boolean isPublic, long version, Instant updatedAt,
                          String updatedBy) {
}
