package com.zivah.platform.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records a staff write in the activity log inside the write's own transaction ({@code MANDATORY}): the entry and the
 * change commit or roll back together, so a refused write leaves nothing and no entry exists without its change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActivityLog {

    private final ActivityRepository entries;
    private final ObjectMapper json;

    public ActivityLog(ActivityRepository entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /**
     * Appends {@code action} (e.g. {@code product.updated}) by {@code origin} on {@code entityType} {@code entityId},
     * with the API views before and after (any record or JSON value; null when there is none).
     */
    public void record(RequestOrigin origin, String action, String entityType, String entityId, Object before,
                       Object after) {
        ActivityEntry entry = new ActivityEntry();
        entry.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = bounded(origin.actor(), ActivityEntry.MAX_ACTOR_LENGTH);
        entry.actorRoles = bounded(String.join(",", origin.roles()), ActivityEntry.MAX_ROLES_LENGTH);
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.oldValue = toJson(before);
        entry.newValue = toJson(after);
        entry.clientIp = origin.clientIp();
        entry.userAgent = origin.userAgent();
        entry.requestId = origin.requestId();
        entries.persist(entry);
    }

    private JsonNode toJson(Object value) {
        return value == null ? null : value instanceof JsonNode node ? node.deepCopy() : json.valueToTree(value);
    }

    private static String bounded(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
