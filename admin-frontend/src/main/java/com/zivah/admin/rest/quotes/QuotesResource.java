package com.zivah.admin.rest.quotes;

import com.zivah.admin.client.Delivery;
import com.zivah.admin.client.Page;
import com.zivah.admin.client.PricingRequest;
import com.zivah.admin.client.QuoteClient;
import com.zivah.admin.client.QuoteDetail;
import com.zivah.admin.client.QuoteSummary;
import com.zivah.admin.client.TimelineEntry;
import com.zivah.admin.config.AdminConfig;
import com.zivah.admin.i18n.Messages;
import com.zivah.admin.mapping.DashboardMapper;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.DeliveryService;
import com.zivah.admin.service.QuoteQuery;
import com.zivah.admin.service.QuoteService;
import com.zivah.admin.service.RefusedException;
import com.zivah.admin.service.UpstreamUnavailableException;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Quotes: the list with filters and paging, and a quote's page — the buyer's request, staff's pricing form (MANAGER+),
 * the actions quote-service allows now ({@code allowedActions}), the timeline (quote-service's own records plus the
 * quote's mails from notification-service), the sent versions with their PDFs and a draft PDF. Every change is a
 * CSRF-checked POST, answered by a redirect with a success message; a refusal shows the form again with the
 * messages next to the fields; a stale version (409) shows the current state with a message.
 */
@Path("/admin/quotes")
@Produces(MediaType.TEXT_HTML)
public class QuotesResource {

    private static final Logger LOG = Logger.getLogger(QuotesResource.class);
    static final Pattern NUMBER = Pattern.compile("ZQ-\\d{4}-\\d{6,12}");
    static final Set<String> ACTIONS = Set.of("START_PROCESSING", "CANCEL", "REOPEN", "CLOSE");
    static final Set<String> DONE = Set.of("priced", "sent", "START_PROCESSING", "CANCEL", "REOPEN", "CLOSE");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminPage page, Page<QuoteSummary> quotes, QuoteQuery query,
                List<String> statuses, Map<String, String> errors);

        static native TemplateInstance detail(AdminPage page, QuoteDetail quote, PricingForm form,
                List<TimelineEntry> timeline, List<Delivery> deliveries, String notice, String actionError);
    }

    private final CurrentLanguage language;
    private final QuoteService quotes;
    private final DeliveryService deliveries;
    private final AdminConfig config;

    public QuotesResource(CurrentLanguage language, QuoteService quotes, DeliveryService deliveries,
            AdminConfig config) {
        this.language = language;
        this.quotes = quotes;
        this.deliveries = deliveries;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    public TemplateInstance list(@Context UriInfo uri, @QueryParam("status") String status,
            @QueryParam("email") String email, @QueryParam("country") String country,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String text,
            @QueryParam("page") Integer page) {
        Language lang = language.get();
        QuoteQuery query = QuoteQuery.of(status, email, country, from, to, text, page);
        Page<QuoteSummary> result;
        Map<String, String> errors = Map.of();
        try {
            result = quotes.list(query, config.pageSize());
        } catch (RefusedException refused) {
            // a filter quote-service refuses (a date, a country code): shown next to that filter, no rows
            errors = new java.util.LinkedHashMap<>();
            for (var error : refused.problem().errors()) {
                errors.put(error.field() == null ? "" : error.field(), error.message());
            }
            result = new Page<>(List.of(), 0, config.pageSize(), 0, 0);
        }
        return Templates.list(AdminPage.of(lang, uri, "quotes"), result, query, DashboardMapper.STATUSES, errors)
                .setLocale(lang.locale());
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    public TemplateInstance detail(@Context UriInfo uri, @PathParam("number") String number,
            @QueryParam("done") String done) {
        QuoteDetail quote = quotes.get(checked(number));
        AdminPage page = page(uri);
        if (done != null && DONE.contains(done)) {
            page = page.withFlash(Messages.of(page.language()).flash(done));
        }
        return render(page, quote, PricingForm.of(quote), null, null);
    }

    @POST
    @Path("{number}/pricing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Object price(@Context UriInfo uri, @PathParam("number") String number,
            MultivaluedMap<String, String> posted) {
        QuoteDetail quote = quotes.get(checked(number));
        PricingForm form = PricingForm.posted(quote, posted);
        PricingRequest request = form.request(version(posted));
        if (request == null) {
            return Response.status(400).entity(render(page(uri), quote, form, null, null)).build();
        }
        try {
            quotes.price(number, request);
            return Redirects.seeOther("/admin/quotes/" + number + "?done=priced");
        } catch (RefusedException refused) {
            return refusal(uri, number, quote, form, refused);
        }
    }

    @POST
    @Path("{number}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Object transition(@Context UriInfo uri, @PathParam("number") String number,
            MultivaluedMap<String, String> posted) {
        String action = posted.getFirst("action");
        if (action == null || !ACTIONS.contains(action)) {
            throw new NotFoundException("unknown action");
        }
        String reason = posted.getFirst("reason");
        if ("CANCEL".equals(action) && !"yes".equals(posted.getFirst("confirm"))) {
            QuoteDetail quote = quotes.get(checked(number));
            return Response.status(400).entity(render(page(uri), quote, PricingForm.of(quote), null, "confirm"))
                    .build();
        }
        try {
            quotes.transition(checked(number), action, version(posted), reason == null ? null : reason.trim());
            return Redirects.seeOther("/admin/quotes/" + number + "?done=" + action);
        } catch (RefusedException refused) {
            QuoteDetail quote = quotes.get(number);
            return Response.status(refused.status()).entity(render(page(uri), quote, PricingForm.of(quote),
                    refused.conflict() ? "stale" : null, message(refused))).build();
        }
    }

    @POST
    @Path("{number}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Object send(@Context UriInfo uri, @PathParam("number") String number,
            MultivaluedMap<String, String> posted) {
        if (!"yes".equals(posted.getFirst("confirm"))) {
            QuoteDetail quote = quotes.get(checked(number));
            return Response.status(400).entity(render(page(uri), quote, PricingForm.of(quote), null, "confirm"))
                    .build();
        }
        try {
            quotes.send(checked(number), version(posted));
            return Redirects.seeOther("/admin/quotes/" + number + "?done=sent");
        } catch (RefusedException refused) {
            QuoteDetail quote = quotes.get(number);
            PricingForm form = PricingForm.of(quote).refused(refused.problem());
            return Response.status(refused.status()).entity(render(page(uri), quote, form,
                    refused.conflict() ? "stale" : null, message(refused))).build();
        }
    }

    /** The PDF exactly as mailed to the buyer, streamed from quote-service. */
    @GET
    @Path("{number}/versions/{version}/pdf")
    @Produces(QuoteClient.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    public Response versionPdf(@PathParam("number") String number, @PathParam("version") int version) {
        return pdf(quotes.versionPdf(checked(number), version), number + "-v" + version + ".pdf");
    }

    /** The PDF of the current draft (not stored, not sent). */
    @GET
    @Path("{number}/preview.pdf")
    @Produces(QuoteClient.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    public Response previewPdf(@PathParam("number") String number) {
        return pdf(quotes.previewPdf(checked(number)), number + "-draft.pdf");
    }

    private Object refusal(UriInfo uri, String number, QuoteDetail quote, PricingForm form, RefusedException refused) {
        if (refused.conflict()) {
            // someone changed the quote meanwhile (or its status no longer allows pricing): show what it is now
            QuoteDetail current = quotes.get(number);
            return Response.status(409).entity(render(page(uri), current, PricingForm.of(current), "stale",
                    message(refused))).build();
        }
        return Response.status(400).entity(render(page(uri), quote, form.refused(refused.problem()), null, null))
                .build();
    }

    private TemplateInstance render(AdminPage page, QuoteDetail quote, PricingForm form, String notice,
            String actionError) {
        List<TimelineEntry> timeline = quotes.timeline(quote.quoteNumber());
        List<Delivery> mails;
        try {
            mails = deliveries.ofQuote(quote.quoteNumber());
        } catch (UpstreamUnavailableException e) {
            LOG.warnf("delivery log unavailable for %s: %s", quote.quoteNumber(), e.getMessage());
            mails = null;
        }
        return Templates.detail(page, quote, form, timeline, mails, notice, actionError)
                .setLocale(page.language().locale());
    }

    private AdminPage page(UriInfo uri) {
        return AdminPage.of(language.get(), uri, "quotes");
    }

    private static String message(RefusedException refused) {
        if (!refused.problem().errors().isEmpty()) {
            var error = refused.problem().errors().get(0);
            return (error.field() == null ? "" : error.field() + ": ") + error.message();
        }
        return refused.problem().detail() == null ? "" : refused.problem().detail();
    }

    private static Response pdf(byte[] bytes, String fileName) {
        return Response.ok(bytes, QuoteClient.PDF)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String checked(String number) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new NotFoundException("not a quote number");
        }
        return number;
    }

    private static int version(MultivaluedMap<String, String> posted) {
        try {
            return Integer.parseInt(posted.getFirst("version"));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
