package com.zivah.catalog.rest;

import com.zivah.catalog.api.ProductFilter;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.service.ProductService;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

    private final ProductService service;

    public ProductResource(ProductService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "Active products, optionally filtered by category slug and a text in the ES/EN name")
    public PageResponse<ProductView> list(@BeanParam @Valid PageRequest paging, @BeanParam @Valid ProductFilter filter) {
        return service.listActive(filter, paging);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "An active product by numeric id or slug")
    public ProductView get(@PathParam("id") String idOrSlug) {
        return service.getActive(idOrSlug);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Replace the editable state of a product; publishes ProductChanged with the new version")
    public ProductView update(@PathParam("id") long id, @NotNull @Valid ProductUpdateRequest request) {
        return service.update(id, request);
    }
}
