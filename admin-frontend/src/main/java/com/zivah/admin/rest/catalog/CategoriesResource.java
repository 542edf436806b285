package com.zivah.admin.rest.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import com.zivah.admin.client.catalog.StaffCategory;
import com.zivah.admin.mapping.catalog.ProductFormMapper;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.RefusedException;
import com.zivah.admin.service.catalog.CatalogAdminService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Categories: list in display order with move up/down, create, edit (one category's form), delete after a
 * confirmation page (catalog-service refuses a category that still has products, with its message).
 */
@Path("/admin/catalog/categories")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
public class CategoriesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance categories(AdminPage page, List<StaffCategory> categories, CategoryForm form,
                                                  Long editing, Map<String, String> errors, String problem);

        static native TemplateInstance confirmDelete(AdminPage page, StaffCategory category);
    }

    private final CatalogAdminService catalog;
    private final ManagePages pages;

    public CategoriesResource(CatalogAdminService catalog, ManagePages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        return page(done, CategoryForm.of(null), null, Map.of(), null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance edit(@PathParam("id") long id) {
        return page(null, CategoryForm.of(find(id)), id, Map.of(), null);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@BeanParam CategoryForm form) {
        try {
            catalog.createCategory(form.toWrite(null));
            return Redirects.seeOther("/admin/catalog/categories?done=categoryCreated");
        } catch (RefusedException refused) {
            return Response.status(400).entity(page(null, form, null,
                    ProductFormMapper.formErrors(ManagePages.fieldErrors(refused)), null)).build();
        }
    }

    @POST
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response update(@PathParam("id") long id, @BeanParam CategoryForm form) {
        long version;
        try {
            version = Long.parseLong(form.version == null ? "" : form.version.trim());
        } catch (NumberFormatException e) {
            version = 0;
        }
        try {
            catalog.updateCategory(id, form.toWrite(version));
            return Redirects.seeOther("/admin/catalog/categories?done=categorySaved");
        } catch (RefusedException refused) {
            if (ManagePages.stale(refused)) {
                return Response.status(409).entity(page(null, CategoryForm.of(find(id)), id, Map.of(),
                        pages.messages().staleVersion())).build();
            }
            return Response.status(400).entity(page(null, form, id,
                    ProductFormMapper.formErrors(ManagePages.fieldErrors(refused)), null)).build();
        }
    }

    /** {@code move=up-<slug>} or {@code down-<slug>}: the whole order is sent (catalog-service wants every slug). */
    @POST
    @Path("/order")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response move(@RestForm String move) {
        List<String> slugs = new ArrayList<>(catalog.categories().stream().map(StaffCategory::slug).toList());
        if (move != null && move.matches("(up|down)-[a-z0-9-]{1,100}")) {
            boolean up = move.startsWith("up-");
            int i = slugs.indexOf(move.substring(up ? 3 : 5));
            int j = up ? i - 1 : i + 1;
            if (i >= 0 && j >= 0 && j < slugs.size()) {
                Collections.swap(slugs, i, j);
                catalog.orderCategories(slugs);
            }
        }
        return Redirects.seeOther("/admin/catalog/categories?done=categoryMoved");
    }

    @GET
    @Path("/{id}/delete")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return pages.render(Templates.confirmDelete(pages.page("categories", null), find(id)));
    }

    @POST
    @Path("/{id}/delete")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        try {
            catalog.deleteCategory(id, Long.parseLong(version == null ? "0" : version.trim()));
            return Redirects.seeOther("/admin/catalog/categories?done=categoryDeleted");
        } catch (NumberFormatException e) {
            return Response.status(400).entity(page(null, CategoryForm.of(null), null, Map.of(), null)).build();
        } catch (RefusedException refused) {
            String detail = refused.problem().detail();
            return Response.status(409).entity(page(null, CategoryForm.of(null), null, Map.of(),
                    detail == null ? pages.messages().staleVersion() : detail)).build();
        }
    }

    private StaffCategory find(long id) {
        return catalog.categories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private TemplateInstance page(String done, CategoryForm form, Long editing, Map<String, String> errors,
                                  String problem) {
        return pages.render(Templates.categories(pages.page("categories", done), catalog.categories(), form, editing,
                errors, problem));
    }
}
