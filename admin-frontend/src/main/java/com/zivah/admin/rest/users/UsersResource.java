package com.zivah.admin.rest.users;

import java.util.List;
import java.util.Map;

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

import org.jboss.resteasy.reactive.RestForm;

import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.users.StaffRole;
import com.zivah.admin.service.users.StaffUser;
import com.zivah.admin.service.users.StaffUserPage;
import com.zivah.admin.service.users.UserAdminRefused;
import com.zivah.admin.service.users.UserAdminService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Staff users (ADMIN only; the page holds personal data and every action on it is ADMIN's): list with role and
 * status, create (Keycloak mails the set-password link), change role, disable/enable (not oneself: an ADMIN cannot
 * lock themselves out), password reset mail. Keycloak is the source of truth; the admin keeps nothing.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminPage page, StaffUserPage users, String q, String me,
                                            NewUserForm form, Map<String, String> errors, String problem,
                                            List<String> roles);

        static native TemplateInstance confirmDisable(AdminPage page, StaffUser user);
    }

    private final UserAdminService users;
    private final ManagePages pages;

    public UsersResource(UserAdminService users, ManagePages pages) {
        this.users = users;
        this.pages = pages;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") String page,
                                 @QueryParam("done") String done) {
        return listPage(q, pageIndex(page), done, NewUserForm.empty(), Map.of(), null);
    }

    @POST
    public Response create(@BeanParam NewUserForm form) {
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            try {
                users.create(form.toUser());
                return Redirects.seeOther("/admin/users?done=userCreated");
            } catch (UserAdminRefused refused) {
                if (refused.field() == null) {
                    // created, but the mail could not be sent: say so (a reset mail can be sent later)
                    return Response.status(502).entity(listPage(null, 0, null, NewUserForm.empty(), Map.of(),
                            refused.reason())).build();
                }
                errors = Map.of(refused.field(), refused.reason());
            }
        }
        return Response.status(400).entity(listPage(null, 0, null, form, errors, null)).build();
    }

    @POST
    @Path("/{id}/role")
    public Response changeRole(@PathParam("id") String id, @RestForm String role) {
        StaffRole wanted = StaffRole.parse(role).orElse(null);
        if (wanted == null) {
            return refusedPage("roleInvalid", 400);
        }
        try {
            users.changeRole(id, wanted, pages.username());
            return Redirects.seeOther("/admin/users?done=userRoleChanged");
        } catch (UserAdminRefused refused) {
            return refusedPage(refused.reason(), 409);
        }
    }

    @GET
    @Path("/{id}/disable")
    public TemplateInstance confirmDisable(@PathParam("id") String id) {
        return pages.render(Templates.confirmDisable(pages.page("users", null), users.get(id)));
    }

    @POST
    @Path("/{id}/enabled")
    public Response setEnabled(@PathParam("id") String id, @RestForm String enabled) {
        boolean enable = "true".equals(enabled);
        try {
            users.setEnabled(id, enable, pages.username());
            return Redirects.seeOther("/admin/users?done=" + (enable ? "userEnabledDone" : "userDisabledDone"));
        } catch (UserAdminRefused refused) {
            return refusedPage(refused.reason(), 409);
        }
    }

    @POST
    @Path("/{id}/password-reset")
    public Response passwordReset(@PathParam("id") String id) {
        try {
            users.sendSetPasswordMail(id);
            return Redirects.seeOther("/admin/users?done=userResetSent");
        } catch (UserAdminRefused refused) {
            return refusedPage(refused.reason(), 502);
        }
    }

    private Response refusedPage(String reason, int status) {
        return Response.status(status).entity(listPage(null, 0, null, NewUserForm.empty(), Map.of(), reason)).build();
    }

    private TemplateInstance listPage(String q, int page, String done, NewUserForm form, Map<String, String> errors,
                                      String problem) {
        StaffUserPage list = users.list(q, page, PAGE_SIZE);
        String problemText = problem == null ? null : pages.localized(Map.of("", problem)).get("");
        return pages.render(Templates.list(pages.page("users", done), list, q == null ? "" : q, pages.username(), form,
                pages.localized(errors), problemText, StaffRole.NAMES));
    }

    private static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(1000, Integer.parseInt(page.trim()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
