package com.zivah.quote.rest;

import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.QuoteStatus;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteSummary;
import com.zivah.quote.api.SubmitQuoteRequest;
import com.zivah.quote.api.SubmitQuoteResponse;
import com.zivah.quote.service.QuoteService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class QuoteResource {

    static final String ADMIN = "ADMIN";
    static final String MANAGER = "MANAGER";
    static final String VIEWER = "VIEWER";

    private final QuoteService service;

    public QuoteResource(QuoteService service) {
        this.service = service;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request for quote (public)")
    public Response submit(@NotNull @Valid SubmitQuoteRequest request) {
        SubmitQuoteResponse created = service.submit(request);
        // A relative reference (RFC 9110 §10.2.2), set as a plain header: Response.created(URI) would resolve it
        // against the request's Host header, and a client could choose the host of our Location.
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/quotes/" + created.quoteNumber())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "List quotes, newest first, optionally of one status")
    public PageResponse<QuoteSummary> list(@QueryParam("status") String status, @BeanParam @Valid PageRequest paging) {
        return service.list(parseStatus(status), paging);
    }

    @GET
    @Path("{quoteNumber}")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "One quote with its items")
    public QuoteDetail get(@PathParam("quoteNumber") String quoteNumber) {
        return service.get(quoteNumber);
    }

    private static QuoteStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return QuoteStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of PENDING, PROCESSING, SENT, CLOSED");
        }
    }
}
