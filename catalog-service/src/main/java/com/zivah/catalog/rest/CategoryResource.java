package com.zivah.catalog.rest;

import com.zivah.catalog.api.CategoryView;
import com.zivah.catalog.service.CategoryService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CategoryResource {

    private final CategoryService service;

    public CategoryResource(CategoryService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "All categories in display order, with their number of active products")
    public List<CategoryView> list() {
        return service.list();
    }
}
