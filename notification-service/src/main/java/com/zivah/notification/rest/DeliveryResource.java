package com.zivah.notification.rest;

import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.service.DeliveryService;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail delivery log for staff. */
@Path("/api/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER"})
@Tag(name = "deliveries")
public class DeliveryResource {

    private final DeliveryService deliveries;

    public DeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Mails owed for quotes (pending, sent, failing, or suppressed by a limit), newest first; filter by quote number")
    public PageResponse<DeliveryView> list(
            @QueryParam("quoteNumber") @Size(min = 1, max = 40, message = "must be 1 to 40 characters") String quoteNumber,
            @BeanParam @Valid PageRequest paging) {
        return deliveries.list(quoteNumber, paging);
    }
}
