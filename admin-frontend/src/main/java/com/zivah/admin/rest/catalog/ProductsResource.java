package com.zivah.admin.rest.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.zivah.admin.client.Page;
import com.zivah.admin.client.catalog.ProductWrite;
import com.zivah.admin.client.catalog.StaffCategory;
import com.zivah.admin.client.catalog.StaffImage;
import com.zivah.admin.client.catalog.StaffProduct;
import com.zivah.admin.mapping.catalog.ProductFormMapper;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.catalog.ProductForm.SpecRow;
import com.zivah.admin.service.RefusedException;
import com.zivah.admin.service.catalog.CatalogAdminService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The product pages: list with search, filters and paging; the create/edit form (ES/EN texts, specs rows, price,
 * stock, images); stock, availability and deletion (with a confirmation page). Reads for every staff role, writes
 * for ADMIN and MANAGER (the page shows a VIEWER no form; catalog-service refuses their writes anyway). Every
 * write is post/redirect/get with a {@code ?done=} notice; a refusal shows the form again with catalog-service's
 * messages next to the fields, a stale version the current product with a message.
 */
@Path("/admin/catalog/products")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
public class ProductsResource {

    static final List<String> UNITS = List.of("kg", "t", "l", "unit", "box", "bag", "carton", "drum", "bale", "m");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminPage page, Page<StaffProduct> products, List<StaffCategory> categories,
                                            ProductListQuery query);

        static native TemplateInstance form(AdminPage page, ProductFormView form, List<StaffCategory> categories,
                                            List<String> units);

        static native TemplateInstance confirmDelete(AdminPage page, StaffProduct product);
    }

    private final CatalogAdminService catalog;
    private final ManagePages pages;

    public ProductsResource(CatalogAdminService catalog, ManagePages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    public TemplateInstance list(@BeanParam ProductListQuery query, @QueryParam("done") String done) {
        Page<StaffProduct> products = catalog.products(query.pageIndex(), query.category, query.active, query.q);
        return pages.render(Templates.list(pages.page("products", done), products, catalog.categories(), query));
    }

    @GET
    @Path("/new")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TemplateInstance newProduct() {
        ProductForm form = ProductFormMapper.toForm(null);
        form.specKey.add("");
        return formPage(null, form, Map.of(), null, null);
    }

    @POST
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response create(@BeanParam ProductForm form) {
        if (form.specAction != null && !form.specAction.isBlank()) {
            return Response.ok(rowsEdited(null, form)).build();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ProductWrite write = ProductFormMapper.toWrite(form, true, errors);
        if (!errors.isEmpty()) {
            return invalid(null, form, errors);
        }
        try {
            StaffProduct created = catalog.create(write);
            return Redirects.seeOther("/admin/catalog/products/" + created.id() + "?done=productCreated");
        } catch (RefusedException refused) {
            return invalid(null, form, ProductFormMapper.formErrors(ManagePages.fieldErrors(refused)));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("done") String done) {
        StaffProduct product = find(id);
        return formPage(product, ProductFormMapper.toForm(product), Map.of(), done, null);
    }

    @POST
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response update(@PathParam("id") long id, @BeanParam ProductForm form) {
        StaffProduct current = find(id);
        if (form.specAction != null && !form.specAction.isBlank()) {
            return Response.ok(rowsEdited(current, form)).build();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ProductWrite write = ProductFormMapper.toWrite(form, false, errors);
        if (!errors.isEmpty()) {
            return invalid(current, form, errors);
        }
        try {
            catalog.update(id, write);
            return Redirects.seeOther("/admin/catalog/products/" + id + "?done=productSaved");
        } catch (RefusedException refused) {
            if (ManagePages.stale(refused)) {
                return stale(id);
            }
            return invalid(current, form, ProductFormMapper.formErrors(ManagePages.fieldErrors(refused)));
        }
    }

    @POST
    @Path("/{id}/stock")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response stock(@PathParam("id") long id, @RestForm String stockQuantity, @RestForm String version) {
        StaffProduct current = find(id);
        Integer stock = parseInt(stockQuantity);
        if (stock == null) {
            return invalid(current, ProductFormMapper.toForm(current), Map.of("stock", "notAWholeNumber"));
        }
        try {
            catalog.updateStock(id, stock, versionOf(version));
            return Redirects.seeOther("/admin/catalog/products/" + id + "?done=productStockSaved");
        } catch (RefusedException refused) {
            if (ManagePages.stale(refused)) {
                return stale(id);
            }
            Map<String, String> errors = new LinkedHashMap<>();
            ManagePages.fieldErrors(refused).forEach((field, message) -> errors.put("stock", message));
            return invalid(current, ProductFormMapper.toForm(current), errors);
        }
    }

    @POST
    @Path("/{id}/availability")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response availability(@PathParam("id") long id, @RestForm String active, @RestForm String version) {
        boolean activate = "true".equals(active);
        try {
            catalog.setActive(id, activate, versionOf(version));
            return Redirects.seeOther("/admin/catalog/products/" + id + "?done=" + (activate ? "productActivated" : "productDeactivated"));
        } catch (RefusedException refused) {
            return stale(id);
        }
    }

    @GET
    @Path("/{id}/delete")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return pages.render(Templates.confirmDelete(pages.page("products", null), find(id)));
    }

    @POST
    @Path("/{id}/delete")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        try {
            catalog.delete(id, versionOf(version));
            return Redirects.seeOther("/admin/catalog/products?done=productDeleted");
        } catch (RefusedException refused) {
            return stale(id);
        }
    }

    /**
     * A new image (multipart; the page's script shows the upload's progress, without JavaScript it is a plain form
     * post). catalog-service checks and re-encodes it; its refusal is shown next to the file field.
     */
    @POST
    @Path("/{id}/images")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response uploadImage(@PathParam("id") long id, @RestForm("file") FileUpload file,
                                @RestForm String altEs, @RestForm String altEn, @RestForm String version) {
        StaffProduct current = find(id);
        if (file == null || file.size() == 0) {
            return invalid(current, ProductFormMapper.toForm(current), Map.of("file", "imageFileMissing"));
        }
        try {
            catalog.uploadImage(id, file.uploadedFile(), altEs, altEn, versionOf(version));
            return Redirects.seeOther("/admin/catalog/products/" + id + "?done=imageUploaded#images");
        } catch (RefusedException refused) {
            if (ManagePages.stale(refused)) {
                return stale(id);
            }
            String message = ManagePages.fieldErrors(refused).getOrDefault("file",
                    refused.problem().detail() == null ? "imageRefused" : refused.problem().detail());
            return invalid(current, ProductFormMapper.toForm(current), Map.of("file", message));
        }
    }

    /** Image order buttons: {@code move=up-<imageId>}, {@code down-<imageId>} or {@code primary-<imageId>}. */
    @POST
    @Path("/{id}/images/order")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response orderImages(@PathParam("id") long id, @RestForm String move, @RestForm String version) {
        StaffProduct current = find(id);
        List<Long> order = new ArrayList<>(current.images().stream().map(StaffImage::id).toList());
        ImageMoves.apply(order, move);
        try {
            catalog.orderImages(id, order, versionOf(version));
            return Redirects.seeOther("/admin/catalog/products/" + id + "?done=imagesOrdered#images");
        } catch (RefusedException refused) {
            return stale(id);
        }
    }

    @POST
    @Path("/{id}/images/{imageId}/delete")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response deleteImage(@PathParam("id") long id, @PathParam("imageId") long imageId,
                                @RestForm String version) {
        try {
            catalog.deleteImage(id, imageId, versionOf(version));
            return Redirects.seeOther("/admin/catalog/products/" + id + "?done=imageRemoved#images");
        } catch (RefusedException refused) {
            return stale(id);
        }
    }

    private TemplateInstance rowsEdited(StaffProduct product, ProductForm form) {
        List<SpecRow> rows = ProductFormMapper.applyRowAction(form.specRows(), form.specAction.trim());
        return formPage(product, form, Map.of(), null, rows);
    }

    private Response invalid(StaffProduct product, ProductForm form, Map<String, String> errors) {
        return Response.status(400).entity(formPage(product, form, errors, null, null)).build();
    }

    /** 409: the product changed since the form was loaded: the current product, with a message. */
    private Response stale(long id) {
        StaffProduct current = find(id);
        ProductFormView view = ProductFormView.of(current, ProductFormMapper.toForm(current), Map.of(), null, true);
        return Response.status(409).entity(pages.render(Templates.form(pages.page("products", null), view,
                catalog.categories(), UNITS))).build();
    }

    private TemplateInstance formPage(StaffProduct product, ProductForm form, Map<String, String> errors,
                                      String done, List<SpecRow> rows) {
        ProductFormView view = ProductFormView.of(product, form, pages.localized(errors), rows, false);
        return pages.render(Templates.form(pages.page("products", done), view, catalog.categories(), UNITS));
    }

    /** 404 page when catalog-service does not know it ({@code Upstream}). */
    private StaffProduct find(long id) {
        return catalog.product(id);
    }

    private static long versionOf(String version) {
        Long parsed = version == null ? null : parseLong(version);
        return parsed == null ? 0 : parsed;
    }

    private static Integer parseInt(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
