package com.zivah.catalog;

import com.fasterxml.jackson.databind.JsonNode;

/** The type of a {@link SiteSetting}'s value, and the JSON it is stored and served as. */
public enum SettingType {
    /** a JSON string */
    TEXT,
    /** a JSON number */
    NUMBER,
    /** {@code true} or {@code false} */
    BOOLEAN,
    /** a JSON object or array */
    JSON;

    /** Whether {@code value} is a value of this type (JSON null never is). */
    public boolean accepts(JsonNode value) {
        if (value == null) {
            return false;
        }
        return switch (this) {
            case TEXT -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case JSON -> value.isObject() || value.isArray();
        };
    }

    /** What {@link #accepts} wants, as a problem message key. */
    public String expected() {
        return switch (this) {
            case TEXT -> "{catalog.setting.text}";
            case NUMBER -> "{catalog.setting.number}";
            case BOOLEAN -> "{zivah.boolean}";
            case JSON -> "{catalog.setting.json}";
        };
    }
}
