package com.zivah.admin.rest.contact;

import com.zivah.admin.client.ContactDetail;
import com.zivah.admin.client.ContactSummary;
import com.zivah.admin.client.Page;
import com.zivah.admin.config.AdminConfig;
import com.zivah.admin.i18n.Messages;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.QuoteService;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/** Contact messages: the list (all, open or handled; paged), one message, and marking it handled (MANAGER+). */
@Path("/admin/contact")
@Produces(MediaType.TEXT_HTML)
public class ContactResource {

    static final Pattern REFERENCE = Pattern.compile("ZM-\\d{4}-\\d{6,12}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminPage page, Page<ContactSummary> messages, String handled);

        static native TemplateInstance message(AdminPage page, ContactDetail message);
    }

    private final CurrentLanguage language;
    private final QuoteService quotes;
    private final AdminConfig config;

    public ContactResource(CurrentLanguage language, QuoteService quotes, AdminConfig config) {
        this.language = language;
        this.quotes = quotes;
        this.config = config;
    }

    /** {@code handled}: "true", "false" or anything else (all). */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    public TemplateInstance list(@Context UriInfo uri, @QueryParam("handled") String handled,
            @QueryParam("page") Integer page) {
        Language lang = language.get();
        Boolean filter = "true".equals(handled) ? Boolean.TRUE : "false".equals(handled) ? Boolean.FALSE : null;
        Page<ContactSummary> messages = quotes.contactMessages(filter, page == null || page < 0 ? 0 : page,
                config.pageSize());
        return Templates.list(AdminPage.of(lang, uri, "contact"), messages, filter == null ? "" : filter.toString())
                .setLocale(lang.locale());
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    public TemplateInstance message(@Context UriInfo uri, @PathParam("reference") String reference,
            @QueryParam("done") String done) {
        Language lang = language.get();
        AdminPage page = AdminPage.of(lang, uri, "contact");
        if ("handled".equals(done)) {
            page = page.withFlash(Messages.of(lang).flash(done));
        }
        return Templates.message(page, quotes.contactMessage(checked(reference))).setLocale(lang.locale());
    }

    @POST
    @Path("{reference}/handled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response markHandled(@PathParam("reference") String reference) {
        quotes.markHandled(checked(reference));
        return Redirects.seeOther("/admin/contact/" + reference + "?done=handled");
    }

    private static String checked(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new NotFoundException("not a contact reference");
        }
        return reference;
    }
}
