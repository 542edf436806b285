package com.zivah.admin.mapping.logs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.zivah.admin.service.logs.ActivityRow.Change;

/**
 * What a logged write changed, readably: for two JSON objects the top-level fields whose values differ (old → new,
 * compact JSON for nested values; bookkeeping fields such as version and timestamps left out), otherwise the whole
 * value. Texts are plain strings; the template escapes them.
 */
public final class ActivityChanges {

    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt", "updatedBy");
    private static final int MAX_TEXT = 300;

    private ActivityChanges() {
    }

    public static List<Change> of(JsonNode before, JsonNode after) {
        JsonNode old = before == null ? MissingNode.getInstance() : before;
        JsonNode now = after == null ? MissingNode.getInstance() : after;
        List<Change> changes = new ArrayList<>();
        if (old.isObject() && now.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            old.fieldNames().forEachRemaining(fields::add);
            now.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (!BOOKKEEPING.contains(field) && !old.path(field).equals(now.path(field))) {
                    changes.add(new Change(field, text(old.path(field)), text(now.path(field))));
                }
            }
            return changes;
        }
        if (!old.equals(now)) {
            changes.add(new Change("", text(old), text(now)));
        }
        return changes;
    }

    static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "—";
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
