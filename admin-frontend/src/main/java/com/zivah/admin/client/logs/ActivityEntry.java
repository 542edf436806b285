package com.zivah.admin.client.logs;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One staff write of a service's activity log (the same shape in catalog, quote and notification services). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityEntry(long id, Instant occurredAt, String actor, List<String> actorRoles, String action,
                            String entityType, String entityId, JsonNode oldValue, JsonNode newValue,
                            String clientIp, String userAgent, String requestId) {

    public String roleList() {
        return actorRoles == null ? "" : String.join(", ", actorRoles);
    }
}
