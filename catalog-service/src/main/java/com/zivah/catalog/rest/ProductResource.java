package com.zivah.catalog.rest;

import com.zivah.catalog.api.ProductCreateRequest;
import com.zivah.catalog.api.ProductFilter;
import com.zivah.catalog.api.ProductPage;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.api.StockUpdateRequest;
import com.zivah.catalog.api.VersionParameter;
import com.zivah.catalog.api.VersionRequest;
import com.zivah.catalog.service.ProductService;
import com.zivah.platform.activity.RequestOrigins;
import com.zivah.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

    private final ProductService service;
    private final RequestOrigins origins;

    public ProductResource(ProductService service, RequestOrigins origins) {
        this.service = service;
        this.origins = origins;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search and list active products",
            description = "Paged (page, size 1..100), sorted (relevance, name, price, newest), filtered by category "
                    + "slug, price range and stock, with a bilingual full-text search q over names, descriptions, "
                    + "specifications and SKUs that ignores accents, case and plurals. facets.categories counts the "
                    + "matches per category for the same search and filters except category. Invalid parameters: "
                    + "400 problem naming them.")
    @APIResponse(responseCode = "200", description = "A page of products with facets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (errors[].field names it)",
            content = @Content(mediaType = "application/problem+json"))
    public ProductPage list(@BeanParam @Valid PageRequest paging, @BeanParam @Valid ProductFilter filter) {
        return service.listActive(filter, paging);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "An active product by numeric id or slug")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", description = "No active product has this id or slug",
            content = @Content(mediaType = "application/problem+json"))
    public ProductView get(@PathParam("id") String idOrSlug) {
        return service.getActive(idOrSlug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Add a product (ADMIN, MANAGER); publishes ProductCreated with version 1",
            description = "sku and slug must be new and never used by a deleted product (409 naming the field); the "
                    + "slug is derived from name.es when absent. Recorded in the activity log (product.created).")
    @APIResponse(responseCode = "201", description = "The new product; Location: its staff URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[].field names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "sku or slug taken or retired (errors[].field names it)",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull @Valid ProductCreateRequest request) {
        ProductView created = service.create(request, origins.current());
        // relative (RFC 9110 §10.2.2), never resolved against the request's Host
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/catalog/admin/products/" + created.id())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Replace the editable state of a product (ADMIN, MANAGER)",
            description = "version is the version the edit was based on (409 when the product changed meanwhile). "
                    + "Publishes ProductActivated/ProductDeactivated when active changed, else ProductPriceChanged "
                    + "when price, priceOnRequest or currency changed, else ProductUpdated. Recorded in the activity "
                    + "log (product.updated, the product before and after).")
    @APIResponse(responseCode = "200", description = "The product after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Changed meanwhile", content = @Content(mediaType = "application/problem+json"))
    public ProductView update(@PathParam("id") long id, @NotNull @Valid ProductUpdateRequest request) {
        return service.update(id, request, origins.current());
    }

    @PUT
    @Path("/{id}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Set the stock on hand of a product (ADMIN, MANAGER); publishes ProductUpdated",
            description = "Activity product.stock-updated. 409 when the product changed since version.")
    @APIResponse(responseCode = "200", description = "The product after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    public ProductView updateStock(@PathParam("id") long id, @NotNull @Valid StockUpdateRequest request) {
        return service.updateStock(id, request, origins.current());
    }

    @POST
    @Path("/{id}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Put a product on sale (ADMIN, MANAGER); publishes ProductActivated",
            description = "Body {\"version\": n}. Already on sale: no change, no event. Activity product.activated.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    public ProductView activate(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.changeAvailability(id, true, request.version(), origins.current());
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Withdraw a product from sale (ADMIN, MANAGER); publishes ProductDeactivated",
            description = "Body {\"version\": n}. It disappears from public reads and is no longer quotable; staff "
                    + "still see it. Already withdrawn: no change, no event. Activity product.deactivated.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    public ProductView deactivate(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.changeAvailability(id, false, request.version(), origins.current());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Delete a product (ADMIN, MANAGER); publishes ProductDeleted",
            description = "?version= the version the deletion was based on. The product is gone for everyone; its SKU "
                    + "and slug are retired (never given to another product). Activity product.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Changed meanwhile", content = @Content(mediaType = "application/problem+json"))
    public void delete(@PathParam("id") long id,
                       @BeanParam @Valid VersionParameter version) {
        service.delete(id, version.version, origins.current());
    }
}
