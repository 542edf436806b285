package com.zivah.catalog.mapping;

import com.zivah.catalog.ActivityEntry;
import com.zivah.catalog.api.ActivityView;
import java.util.Arrays;
import java.util.List;

/** ActivityEntry → API record. */
public final class ActivityMapper {

    private ActivityMapper() {
    }

    public static ActivityView toView(ActivityEntry entry) {
        List<String> roles = entry.actorRoles.isEmpty() ? List.of() : Arrays.asList(entry.actorRoles.split(","));
        return new ActivityView(entry.id, entry.occurredAt, entry.actor, roles, entry.action, entry.entityType,
                entry.entityId, entry.oldValue, entry.newValue, entry.clientIp, entry.userAgent, entry.requestId);
    }
}
