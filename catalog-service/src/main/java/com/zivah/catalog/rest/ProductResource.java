package com.zivah.catalog.rest;

import com.zivah.catalog.api.ProductFilter;
import com.zivah.catalog.api.ProductPage;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.service.ProductService;
import com.zivah.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Replace the editable state of a product; publishes ProductChanged with the new version",
            description = "Recorded in the activity log (product.updated, the product before and after).")
    public ProductView update(@PathParam("id") long id, @NotNull @Valid ProductUpdateRequest request) {
        return service.update(id, request, origins.current());
    }
}
