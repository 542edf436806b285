package com.zivah.admin.mapping.settings;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.zivah.admin.client.catalog.SiteSetting;

/**
 * The typed editor of a site setting: which input it gets (e-mail, URL, text, number, yes/no, JSON) from its type
 * and key, its value as the input shows it, and the value typed back into the setting's JSON type. catalog-service
 * checks the value again (e-mail keys, ISO currencies, https links) and its message is shown next to the input.
 */
public final class SettingEditors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingEditors() {
    }

    /** {@code email}, {@code url}, {@code tel}, {@code text}, {@code number}, {@code boolean} or {@code json}. */
    public static String editor(SiteSetting setting) {
        String key = setting.key().toLowerCase(Locale.ROOT);
        return switch (setting.type()) {
            case "NUMBER" -> "number";
            case "BOOLEAN" -> "boolean";
            case "JSON" -> "json";
            default -> key.contains("email") ? "email"
                    : key.contains("url") || key.contains("website") ? "url"
                    : key.contains("phone") ? "tel"
                    : "text";
        };
    }

    /** The value as the input shows it (JSON pretty-printed). */
    public static String display(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isContainerNode()) {
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.asText();
    }

    /** The typed JSON value of what was typed, or null with the message key put in {@code errors} under "value". */
    public static JsonNode parse(String type, String typed, Map<String, String> errors) {
        String value = typed == null ? "" : typed;
        switch (type) {
            case "NUMBER" -> {
                try {
                    return DecimalNode.valueOf(new BigDecimal(value.trim()));
                } catch (NumberFormatException e) {
                    errors.put("value", "settingInvalidNumber");
                    return null;
                }
            }
            case "BOOLEAN" -> {
                return BooleanNode.valueOf("true".equals(value.trim()));
            }
            case "JSON" -> {
                try {
                    JsonNode node = JSON.readTree(value);
                    if (node == null || !node.isContainerNode()) {
                        errors.put("value", "settingInvalidJson");
                        return null;
                    }
                    return node;
                } catch (JsonProcessingException e) {
                    errors.put("value", "settingInvalidJson");
                    return null;
                }
            }
            default -> {
                return TextNode.valueOf(value.trim());
            }
        }
    }
}
