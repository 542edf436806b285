package com.zivah.admin.client.catalog;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;

import com.zivah.admin.client.Page;
import com.zivah.admin.client.StaffHeaders;

/**
 * catalog-service's staff API (products, images, categories, CSV, settings), called with the signed-in staff
 * member's access token: catalog-service owns every rule and checks the role itself. What the admin relies on is
 * the contract {@code docs/contracts/admin-frontend-catalog-service.json}. Only {@code service/catalog} calls it.
 */
@RegisterRestClient(configKey = "catalog")
@RegisterClientHeaders(StaffHeaders.class)
@jakarta.ws.rs.Path("/api/catalog")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface CatalogStaffClient {

    @GET
    @jakarta.ws.rs.Path("/admin/products")
    Page<StaffProduct> products(@QueryParam("page") int page, @QueryParam("size") int size,
                              @QueryParam("category") String category, @QueryParam("active") String active,
                              @QueryParam("q") String q);

    @GET
    @jakarta.ws.rs.Path("/admin/products/{id}")
    StaffProduct product(@PathParam("id") long id);

    @POST
    @jakarta.ws.rs.Path("/products")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffProduct create(ProductWrite product);

    @PUT
    @jakarta.ws.rs.Path("/products/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffProduct update(@PathParam("id") long id, ProductWrite product);

    @PUT
    @jakarta.ws.rs.Path("/products/{id}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffProduct updateStock(@PathParam("id") long id, StockWrite stock);

    @POST
    @jakarta.ws.rs.Path("/products/{id}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffProduct activate(@PathParam("id") long id, VersionBody version);

    @POST
    @jakarta.ws.rs.Path("/products/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffProduct deactivate(@PathParam("id") long id, VersionBody version);

    @DELETE
    @jakarta.ws.rs.Path("/products/{id}")
    void delete(@PathParam("id") long id, @QueryParam("version") long version);

    @POST
    @jakarta.ws.rs.Path("/products/{id}/images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    StaffProduct uploadImage(@PathParam("id") long id,
                             @RestForm("file") @PartType(MediaType.APPLICATION_OCTET_STREAM) Path file,
                             @RestForm("altEs") String altEs, @RestForm("altEn") String altEn,
                             @RestForm("version") String version);

    @PUT
    @jakarta.ws.rs.Path("/products/{id}/images/order")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffProduct orderImages(@PathParam("id") long id, ImageOrder order);

    @DELETE
    @jakarta.ws.rs.Path("/products/{id}/images/{imageId}")
    StaffProduct deleteImage(@PathParam("id") long id, @PathParam("imageId") long imageId,
                             @QueryParam("version") long version);

    @GET
    @jakarta.ws.rs.Path("/categories")
    List<StaffCategory> categories();

    @POST
    @jakarta.ws.rs.Path("/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffCategory createCategory(CategoryWrite category);

    @PUT
    @jakarta.ws.rs.Path("/categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffCategory updateCategory(@PathParam("id") long id, CategoryWrite category);

    @PUT
    @jakarta.ws.rs.Path("/categories/order")
    @Consumes(MediaType.APPLICATION_JSON)
    List<StaffCategory> orderCategories(CategoryOrder order);

    @DELETE
    @jakarta.ws.rs.Path("/categories/{id}")
    void deleteCategory(@PathParam("id") long id, @QueryParam("version") long version);

    /** The CSV export, streamed (not read into memory). */
    @GET
    @jakarta.ws.rs.Path("/admin/products.csv")
    @Produces("text/csv")
    InputStream exportCsv();

    @POST
    @jakarta.ws.rs.Path("/admin/products.csv")
    @Consumes("text/csv")
    CsvImportReport importCsv(@QueryParam("dryRun") boolean dryRun, String csv);

    @GET
    @jakarta.ws.rs.Path("/settings")
    List<SiteSetting> settings();

    @PUT
    @jakarta.ws.rs.Path("/settings/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    SiteSetting updateSetting(@PathParam("key") String key, SettingWrite setting);
}
