package com.zivah.platform.activity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Filters of an activity log read, the query parameters of every service's {@code GET /api/<service>/activity}:
 * {@code ?actor=<username>&entityType=<type>&entityId=<id>&action=<entity>.<past tense>&from=<date>&to=<date>}.
 * Use as {@code @BeanParam @Valid ActivityFilter filter}; a malformed value is a 400 naming its parameter (the Java
 * field names are the parameter names). Which entity types a service knows is {@code zivah.activity.entity-types}
 * ({@link ActivityConfig}), checked by {@link ActivityService}; {@code from}/{@code to} are whole UTC days
 * ({@link UtcDayFilter}).
 */
public class ActivityFilter extends UtcDayFilter {

    @QueryParam("entityType")
    @Size(max = ActivityEntry.MAX_ENTITY_TYPE_LENGTH, message = "{zivah.text.max-length}")
    @Pattern(regexp = ActivityEntry.ENTITY_TYPE_FORMAT, message = "{activity.entity-type}")
    @Schema(description = "Only writes of this kind of entity (one of the service's: zivah.activity.entity-types)",
            example = "product")
    public String entityType;

    @QueryParam("entityId")
    @Size(max = ActivityEntry.MAX_ENTITY_ID_LENGTH, message = "{zivah.text.max-length}")
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{activity.entity-id}")
    @Schema(description = "Only writes of this entity (a product id, a setting key, ...); usually with entityType")
    public String entityId;

    @QueryParam("actor")
    @Size(max = ActivityEntry.MAX_ACTOR_LENGTH, message = "{zivah.text.max-length}")
    @Pattern(regexp = "[^\\p{Cc}]+", message = "{zivah.text.control}")
    @Schema(description = "Only writes by this user (preferred_username)")
    public String actor;

    @QueryParam("action")
    @Size(max = ActivityEntry.MAX_ACTION_LENGTH, message = "{zivah.text.max-length}")
    @Pattern(regexp = ActivityEntry.ACTION_FORMAT, message = "{activity.action}")
    @Schema(description = "Only this action", example = "product.updated")
    public String action;
}
