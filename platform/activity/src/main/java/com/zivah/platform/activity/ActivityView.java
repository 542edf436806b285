package com.zivah.platform.activity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the activity log as staff read it. */
@Schema(name = "ActivityEntry")
public record ActivityView(
        long id,
        Instant occurredAt,
        @Schema(description = "preferred_username of the token", example = "mara") String actor,
        @Schema(description = "the roles the actor had, sorted", example = "[\"MANAGER\"]") List<String> actorRoles,
        @Schema(description = "<entity type>.<past tense>", example = "product.updated") String action,
        @Schema(description = "the kind of entity written (the service's own: product, category, setting, quote, "
                + "contact-message, delivery, ...)", example = "product") String entityType,
        @Schema(description = "the entity's id or key (a product id, a setting key, a quote number, a delivery id)",
                example = "12") String entityId,
        @Schema(description = "the API view before the write (e.g. a product: Product; a setting: its value)",
                implementation = Object.class) JsonNode oldValue,
        @Schema(description = "the API view after the write", implementation = Object.class) JsonNode newValue,
        @Schema(description = "right-most X-Forwarded-For entry, else the socket peer", example = "203.0.113.7")
        String clientIp,
        String userAgent,
        @Schema(description = "X-Request-Id of the write (mdc.requestId in the logs)") String requestId) {
}
