package com.zivah.admin.client.catalog;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of a setting change: the typed value and the version the edit was based on. */
public record SettingWrite(JsonNode value, long version) {
}
