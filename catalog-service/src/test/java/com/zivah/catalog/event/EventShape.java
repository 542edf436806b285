package com.zivah.catalog.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Field name → JSON type of a flat event document, the unit the contract tests compare. */
final class EventShape {

    private EventShape() {
    }

    static Map<String, JsonNodeType> of(JsonNode event) {
        Map<String, JsonNodeType> shape = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = event.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            shape.put(field.getKey(), field.getValue().getNodeType());
        }
        return shape;
    }

    /** The contract's shape with {@code price} as JSON null: the "price on request" variant. */
    static Map<String, JsonNodeType> withNullPrice(Map<String, JsonNodeType> shape) {
        Map<String, JsonNodeType> copy = new TreeMap<>(shape);
        copy.put("price", JsonNodeType.NULL);
        return copy;
    }
}
