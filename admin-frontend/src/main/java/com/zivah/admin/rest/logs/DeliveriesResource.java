package com.zivah.admin.rest.logs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.zivah.admin.client.Page;
import com.zivah.admin.client.logs.Delivery;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.RefusedException;
import com.zivah.admin.service.logs.DeliveryLogService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * notification-service's delivery log (failures highlighted) with filters, and the resend of one mail (MANAGER+,
 * after a confirmation page; notification-service records it as delivery.resent).
 */
@Path("/admin/deliveries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
public class DeliveriesResource {

    static final java.util.List<String> STATUSES = java.util.List.of("PENDING", "SENT", "FAILED", "SUPPRESSED");
    static final java.util.List<String> KINDS = java.util.List.of("QUOTE_CONFIRMATION", "QUOTE_SALES_ALERT",
            "CONTACT_AUTO_REPLY", "CONTACT_SALES_ALERT", "QUOTE_SENT");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deliveries(AdminPage page, Page<Delivery> deliveries, LogQuery query,
                                                  java.util.List<String> statuses, java.util.List<String> kinds,
                                                  String problem);

        static native TemplateInstance confirmResend(AdminPage page, String resendUrl, String recipient, String subject);
    }

    private final DeliveryLogService deliveries;
    private final ManagePages pages;

    public DeliveriesResource(DeliveryLogService deliveries, ManagePages pages) {
        this.deliveries = deliveries;
        this.pages = pages;
    }

    @GET
    public TemplateInstance deliveries(@BeanParam LogQuery query) {
        return page(query, null);
    }

    /** The confirmation page of a resend (the recipient and subject come from the list's link, for display only). */
    @GET
    @Path("/{id}/resend")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance confirmResend(@PathParam("id") long id, @QueryParam("recipient") String recipient,
                                          @QueryParam("subject") String subject) {
        return pages.render(Templates.confirmResend(pages.page("deliveries", null), "/admin/deliveries/" + id + "/resend",
                recipient == null ? "" : recipient, subject == null ? "" : subject));
    }

    @POST
    @Path("/{id}/resend")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response resend(@PathParam("id") long id) {
        try {
            deliveries.resend(id);
            return Redirects.seeOther("/admin/deliveries?done=deliveryResent");
        } catch (RefusedException refused) {
            String detail = refused.problem().detail();
            return Response.status(409).entity(page(new LogQuery(), detail == null ? "409" : detail)).build();
        }
    }

    private TemplateInstance page(LogQuery query, String problem) {
        Page<Delivery> page = deliveries.page(query.deliveryFilter(), query.pageIndex());
        return pages.render(Templates.deliveries(pages.page("deliveries", query.done), page, query, STATUSES, KINDS,
                problem));
    }
}
