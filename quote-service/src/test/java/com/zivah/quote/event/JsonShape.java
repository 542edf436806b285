package com.zivah.quote.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The field names and JSON types of a document (values ignored), for comparing an event with its contract. */
public final class JsonShape {

    private JsonShape() {
    }

    public static Object of(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), of(field.getValue()));
            }
            return fields;
        }
        if (node.isArray()) {
            return node.isEmpty() ? "array" : java.util.List.of(of(node.get(0)));
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? "integer" : "number";
        }
        return node.getNodeType().name().toLowerCase();
    }
}
