package com.zivah.catalog.rest;

import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.api.StaffProductFilter;
import com.zivah.catalog.service.ProductService;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff reads of products: every product, on sale or withdrawn (the public {@code /api/catalog/products} shows only
 * active ones). Writes stay on {@code /api/catalog/products}.
 */
@Path("/api/catalog/admin/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog staff")
public class AdminProductResource {

    private final ProductService service;

    public AdminProductResource(ProductService service) {
        this.service = service;
    }

    /** The OpenAPI schema of a page of products (PageResponse is generic). */
    @Schema(name = "StaffProductPage")
    public record StaffProductPage(List<ProductView> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "Every product, active or not, in catalog order (staff)",
            description = "Filtered by category slug, active (true/false) and q (part of the SKU or name); paged "
                    + "(page, size 1..100).")
    @APIResponse(responseCode = "200", description = "A page of products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (errors[].field names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not staff")
    public PageResponse<ProductView> list(@BeanParam @Valid PageRequest paging,
                                          @BeanParam @Valid StaffProductFilter filter) {
        return service.listAll(filter, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "A product by id, active or not (staff)")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", description = "No such product (or deleted)",
            content = @Content(mediaType = "application/problem+json"))
    public ProductView get(@PathParam("id") long id) {
        return service.getAny(id);
    }
}
