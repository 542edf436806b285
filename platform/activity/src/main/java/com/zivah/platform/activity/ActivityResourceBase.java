package com.zivah.platform.activity;

import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff read of a service's activity log, the same in every service: a service's {@code rest/ActivityResource}
 * extends this with only its path ({@code @Path("/api/<service>/activity")}) and a constructor.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity log")
public abstract class ActivityResourceBase {

    private final ActivityService service;

    protected ActivityResourceBase(ActivityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "The activity log of staff writes, newest first (staff)",
            description = "Every staff write of this service: who (actor, roles), what (action, entity, the API view "
                    + "before and after), from where (client IP, user agent, request id) and when. Filtered by "
                    + "entityType (this service's types: zivah.activity.entity-types), entityId, actor, action and "
                    + "from/to (ISO dates, inclusive UTC days); paged (page, size 1..100). Invalid parameters: 400 "
                    + "problem naming them.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (errors[].field names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not staff")
    public PageResponse<ActivityView> list(@BeanParam @Valid PageRequest paging, @BeanParam @Valid ActivityFilter filter) {
        return service.list(filter, paging);
    }
}
