package com.zivah.admin.rest;

import com.zivah.admin.client.QuoteSummary;
import com.zivah.admin.mapping.DashboardMapper;
import com.zivah.admin.mapping.DashboardView;
import com.zivah.admin.service.QuoteService;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dashboard — and the admin's page pattern (copy it): a thin resource under {@code /admin/...} with
 * {@code @RolesAllowed} (reads: every staff role), data only through a {@code service/*} bean, the page built from
 * an {@link AdminPage} (language, switch links, nav section) and rendered in the request's language. Failures are
 * {@link ErrorPages}' job; the answer is {@code no-store} ({@link NoStore}).
 */
@Path("/admin")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final int RECENT = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(AdminPage page, DashboardView view, List<QuoteSummary> recent);

        /** The live part (figures, recent quotes, charts) that htmx reloads on each server-sent event. */
        static native TemplateInstance dashboard$live(DashboardView view, List<QuoteSummary> recent);
    }

    private final CurrentLanguage language;
    private final QuoteService quotes;

    public DashboardResource(CurrentLanguage language, QuoteService quotes) {
        this.language = language;
        this.quotes = quotes;
    }

    @GET
    public TemplateInstance dashboard(@Context UriInfo uri) {
        Language lang = language.get();
        return Templates.dashboard(AdminPage.of(lang, uri, "dashboard"), view(), quotes.recent(RECENT).items())
                .setLocale(lang.locale());
    }

    /** The fragment htmx swaps in when a new RFQ arrives ({@code quote-submitted} on {@code /admin/events}). */
    @GET
    @Path("dashboard/live")
    public TemplateInstance live() {
        return Templates.dashboard$live(view(), quotes.recent(RECENT).items()).setLocale(language.get().locale());
    }

    private DashboardView view() {
        return DashboardMapper.view(quotes.statistics(), LocalDate.now(ZoneOffset.UTC));
    }
}
