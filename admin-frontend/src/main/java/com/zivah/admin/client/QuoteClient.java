package com.zivah.admin.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quote-service's staff API (the client pattern of the admin: copy it for another service). Every call carries the
 * staff member's token ({@link StaffHeaders}); a 4xx/5xx surfaces as a WebApplicationException that
 * {@code service/Upstream} interprets. Records hold only the fields the admin reads.
 * The contract: {@code docs/contracts/admin-frontend-quote-service.json} (written by {@code QuoteClientPactTest}).
 */
@RegisterRestClient(configKey = "quote")
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface QuoteClient {

    @GET
    @Path("/quotes/statistics")
    QuoteStatistics statistics();

    @GET
    @Path("/quotes")
    Page<QuoteSummary> quotes(@QueryParam("status") String status, @QueryParam("email") String email,
            @QueryParam("country") String country, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String text, @QueryParam("sort") String sort, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);
}
