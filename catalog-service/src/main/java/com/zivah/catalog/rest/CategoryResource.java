package com.zivah.catalog.rest;

import com.zivah.catalog.api.CategoryOrderRequest;
import com.zivah.catalog.api.CategoryView;
import com.zivah.catalog.api.CategoryWriteRequest;
import com.zivah.catalog.api.VersionParameter;
import com.zivah.catalog.service.CategoryService;
import com.zivah.platform.activity.RequestOrigins;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CategoryResource {

    private final CategoryService service;
    private final RequestOrigins origins;

    public CategoryResource(CategoryService service, RequestOrigins origins) {
        this.service = service;
        this.origins = origins;
    }

    @GET
    @PermitAll
    @Operation(summary = "All categories in display order, with their number of active products")
    public List<CategoryView> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Add a category at the end of the display order (ADMIN, MANAGER); publishes CategoryCreated",
            description = "slug optional (derived from name.es), unique (409 naming it); no version. Activity "
                    + "category.created.")
    @APIResponse(responseCode = "201", description = "The new category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "slug taken", content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull @Valid CategoryWriteRequest request) {
        CategoryView created = service.create(request, null, origins.current());
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/catalog/categories/" + created.id())
                .entity(created).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Set the display order of the categories (ADMIN, MANAGER); publishes CategoryReordered",
            description = "slugs: every category exactly once (400 naming the unknown, repeated and missing ones). "
                    + "One CategoryReordered per category whose position changed; activity category.reordered.")
    @APIResponse(responseCode = "200", description = "All categories in the new order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CategoryView.class)))
    @APIResponse(responseCode = "400", description = "Not every category exactly once",
            content = @Content(mediaType = "application/problem+json"))
    public List<CategoryView> reorder(@NotNull @Valid CategoryOrderRequest request) {
        return service.reorder(request, origins.current());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Replace the texts, icon and colour of a category (ADMIN, MANAGER); publishes CategoryUpdated",
            description = "version required (409 when changed meanwhile); the slug never changes. Activity "
                    + "category.updated.")
    @APIResponse(responseCode = "200", description = "The category after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "404", description = "No such category", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Changed meanwhile", content = @Content(mediaType = "application/problem+json"))
    public CategoryView update(@PathParam("id") long id, @NotNull @Valid CategoryWriteRequest request) {
        return service.update(id, request, origins.current());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Delete an empty category (ADMIN, MANAGER); publishes CategoryDeleted",
            description = "?version= required. A category that still has products is refused with 409 saying how "
                    + "many. Activity category.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still has products, or changed meanwhile",
            content = @Content(mediaType = "application/problem+json"))
    public void delete(@PathParam("id") long id,
                       @BeanParam @Valid VersionParameter version) {
        service.delete(id, version.version, origins.current());
    }
}
