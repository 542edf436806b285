package com.zivah.admin.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notification-service's staff API: the mail deliveries of a quote (its timeline shows their status).
 * The contract: {@code docs/contracts/admin-frontend-notification-service.json} ({@code NotificationClientPactTest}).
 */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/notifications")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface NotificationClient {

    @GET
    @Path("/deliveries")
    Page<Delivery> deliveries(@QueryParam("quoteNumber") String quoteNumber, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);
}
