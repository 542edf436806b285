package com.zivah.admin.client.logs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.zivah.admin.client.Page;
import com.zivah.admin.client.StaffHeaders;

/** notification-service's delivery log and its resend action (MANAGER+), with the staff token ({@link StaffHeaders}). */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/notifications/deliveries")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface DeliveryClient {

    @GET
    Page<Delivery> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                      @QueryParam("quoteNumber") String quoteNumber, @QueryParam("recipient") String recipient,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/{id}/resend")
    Delivery resend(@PathParam("id") long id);
}
