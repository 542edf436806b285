package com.zivah.notification.rest;

import com.zivah.platform.activity.ActivityFilter;
import com.zivah.platform.activity.ActivityPage;
import com.zivah.platform.activity.ActivityService;
import com.zivah.platform.activity.ActivityView;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The activity log of this service's staff actions (platform-activity), as every service exposes it. */
@Path("/api/notifications/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity log")
public class ActivityResource {

    private final ActivityService service;

    public ActivityResource(ActivityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "Staff actions on mails (delivery.resent: the delivery before and after), newest first",
            description = "Same parameters and page as GET /api/catalog/activity: actor, entityType (delivery), "
                    + "entityId (the delivery id), action, from/to (inclusive UTC days), page, size.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)))
    public PageResponse<ActivityView> list(@BeanParam @Valid PageRequest paging, @BeanParam @Valid ActivityFilter filter) {
        return service.list(filter, paging);
    }
}
