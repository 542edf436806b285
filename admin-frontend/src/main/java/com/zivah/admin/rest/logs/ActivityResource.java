package com.zivah.admin.rest.logs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.logs.ActivityLogService;
import com.zivah.admin.service.logs.MergedActivity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The activity log of every staff change in catalog, quote and notification services, newest first (staff reads). */
@Path("/admin/activity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
public class ActivityResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activity(AdminPage page, MergedActivity activity, LogQuery query);
    }

    private final ActivityLogService activity;
    private final ManagePages pages;

    public ActivityResource(ActivityLogService activity, ManagePages pages) {
        this.activity = activity;
        this.pages = pages;
    }

    @GET
    public TemplateInstance activity(@BeanParam LogQuery query) {
        MergedActivity merged = activity.page(query.activityFilter(), query.pageIndex());
        return pages.render(Templates.activity(pages.page("activity", null), merged, query));
    }
}
