package com.zivah.notification.rest;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.api.DeliveryFilter;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.service.DeliveryService;
import com.zivah.platform.activity.RequestOrigins;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail delivery log for staff, and the resend action. */
@Path("/api/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deliveries")
public class DeliveryResource {

    private final DeliveryService deliveries;
    private final RequestOrigins origins;

    public DeliveryResource(DeliveryService deliveries, RequestOrigins origins) {
        this.deliveries = deliveries;
        this.origins = origins;
    }

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "Mails owed for quotes and contact messages (pending, sent, failed, or suppressed by a limit), "
            + "newest first; filter by status, kind, quote number, contact reference, recipient and from/to (ISO "
            + "dates, inclusive UTC days of queueing)")
    public PageResponse<DeliveryView> list(@BeanParam @Valid DeliveryFilter filter, @BeanParam @Valid PageRequest paging) {
        return deliveries.list(parse(DeliveryStatus.class, "status", filter.status),
                parse(MailKind.class, "kind", filter.kind), filter, paging);
    }

    @POST
    @Path("/{id}/resend")
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Queue a sent, failed or suppressed mail again, due now, exactly as composed (attachment "
            + "included, attempts kept); recorded in the activity log as delivery.resent; 409 while it is pending")
    public DeliveryView resend(@PathParam("id") long id) {
        return deliveries.resend(id, origins.current());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "{zivah.one-of}", "values", type.getEnumConstants());
        }
    }
}
