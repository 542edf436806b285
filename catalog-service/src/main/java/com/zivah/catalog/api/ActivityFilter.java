package com.zivah.catalog.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Filters of the activity log: {@code ?entityType=product|category|setting&entityId=<id or key>&actor=<username>}. Checked here,
 * so a malformed value is a 400 naming its parameter (the Java field names are the parameter names).
 */
public class ActivityFilter {

    @QueryParam("entityType")
    @Pattern(regexp = "product|category|setting", message = "must be product, category or setting")
    @Schema(description = "Only writes of this kind of entity", enumeration = {"product", "category", "setting"})
    public String entityType;

    @QueryParam("entityId")
    @Size(max = 100, message = "must be at most 100 characters")
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a product id or a setting key")
    @Schema(description = "Only writes of this entity (a product id or a setting key); usually with entityType")
    public String entityId;

    @QueryParam("actor")
    @Size(max = 100, message = "must be at most 100 characters")
    @Pattern(regexp = "[^\\p{Cc}]+", message = "must not contain control characters")
    @Schema(description = "Only writes by this user (preferred_username)")
    public String actor;
}
