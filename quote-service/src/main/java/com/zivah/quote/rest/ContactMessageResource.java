package com.zivah.quote.rest;

import static com.zivah.quote.rest.QuoteResource.ADMIN;
import static com.zivah.quote.rest.QuoteResource.MANAGER;
import static com.zivah.quote.rest.QuoteResource.VIEWER;

import com.zivah.platform.activity.RequestOrigins;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.api.ContactMessageCreated;
import com.zivah.quote.api.ContactMessageDetail;
import com.zivah.quote.api.ContactMessageRequest;
import com.zivah.quote.api.ContactMessageSummary;
import com.zivah.quote.api.Idempotent;
import com.zivah.quote.service.ContactMessageService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/contact-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact messages")
public class ContactMessageResource {

    private final ContactMessageService service;
    private final RequestOrigins origins;

    public ContactMessageResource(ContactMessageService service, RequestOrigins origins) {
        this.service = service;
        this.origins = origins;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a contact message (public)",
            description = "Idempotency-Key as for POST /api/quotes.")
    public Response send(@HeaderParam(Idempotent.KEY_HEADER) String idempotencyKey,
                         @NotNull @Valid ContactMessageRequest request) {
        Idempotent<ContactMessageCreated> created = service.receive(request, idempotencyKey);
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/contact-messages/" + created.answer().reference())
                .entity(created.answer());
        if (created.replayed()) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "List contact messages, newest first, optionally only handled or unhandled ones")
    public PageResponse<ContactMessageSummary> list(@QueryParam("handled") String handled,
                                                    @BeanParam @Valid PageRequest paging) {
        return service.list(parseHandled(handled), paging);
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({ADMIN, MANAGER, VIEWER})
    @Operation(summary = "One contact message")
    public ContactMessageDetail get(@PathParam("reference") String reference) {
        return service.get(reference);
    }

    @POST
    @Path("{reference}/handled")
    @RolesAllowed({ADMIN, MANAGER})
    @Operation(summary = "Mark a contact message handled (again: no change)")
    public ContactMessageDetail handled(@PathParam("reference") String reference) {
        return service.markHandled(reference, origins.current());
    }

    private static Boolean parseHandled(String handled) {
        if (handled == null || handled.isBlank()) {
            return null;
        }
        return switch (handled.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid("handled", "{zivah.boolean}");
        };
    }
}
