package com.zivah.admin.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    String PDF = "application/pdf";

    @GET
    @Path("/quotes/statistics")
    QuoteStatistics statistics();

    @GET
    @Path("/quotes")
    Page<QuoteSummary> quotes(@QueryParam("status") String status, @QueryParam("email") String email,
            @QueryParam("country") String country, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String text, @QueryParam("sort") String sort, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/quotes/{number}")
    QuoteDetail quote(@PathParam("number") String number);

    @PUT
    @Path("/quotes/{number}/pricing")
    @Consumes(MediaType.APPLICATION_JSON)
    QuoteDetail price(@PathParam("number") String number, PricingRequest pricing);

    @POST
    @Path("/quotes/{number}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    QuoteDetail transition(@PathParam("number") String number, TransitionRequest transition);

    @POST
    @Path("/quotes/{number}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    QuoteDetail send(@PathParam("number") String number, SendRequest send);

    @GET
    @Path("/quotes/{number}/timeline")
    List<TimelineEntry> timeline(@PathParam("number") String number);

    @GET
    @Path("/quotes/{number}/versions/{version}/pdf")
    @Produces({PDF, "application/problem+json"})
    byte[] versionPdf(@PathParam("number") String number, @PathParam("version") int version);

    @GET
    @Path("/quotes/{number}/preview.pdf")
    @Produces({PDF, "application/problem+json"})
    byte[] previewPdf(@PathParam("number") String number);

    @GET
    @Path("/contact-messages")
    Page<ContactSummary> contactMessages(@QueryParam("handled") String handled, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/contact-messages/{reference}")
    ContactDetail contactMessage(@PathParam("reference") String reference);

    @POST
    @Path("/contact-messages/{reference}/handled")
    ContactDetail markHandled(@PathParam("reference") String reference);
}
