package com.zivah.platform.activity;

import java.util.Arrays;
import java.util.List;

/** ActivityEntry → API record. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static ActivityView toView(ActivityEntry entry) {
        List<String> roles = entry.actorRoles.isEmpty() ? List.of() : Arrays.asList(entry.actorRoles.split(","));
        return new ActivityView(entry.id, entry.occurredAt, entry.actor, roles, entry.action, entry.entityType,
                entry.entityId, entry.oldValue, entry.newValue, entry.clientIp, entry.userAgent, entry.requestId);
    }
}
