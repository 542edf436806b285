package com.zivah.admin.client.logs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.zivah.admin.client.Page;
import com.zivah.admin.client.StaffHeaders;

/** notification's activity log (the platform activity kit's {@code GET /api/notifications/activity}), with the staff token ({@link StaffHeaders}). */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/notifications/activity")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface NotificationActivityClient extends ActivityLogApi {

    @GET
    @Override
    Page<ActivityEntry> list(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                      @QueryParam("action") String action, @QueryParam("from") String from,
                      @QueryParam("to") String to, @QueryParam("page") int page, @QueryParam("size") int size);
}
