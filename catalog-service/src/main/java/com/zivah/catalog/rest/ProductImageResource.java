package com.zivah.catalog.rest;

import com.zivah.catalog.api.ImageOrderRequest;
import com.zivah.catalog.api.ImageUpload;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.service.ImageService;
import com.zivah.platform.activity.RequestOrigins;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Staff management of a product's images (ADMIN or MANAGER); every change is a new product version. */
@Path("/api/catalog/products/{id}/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog images")
public class ProductImageResource {

    private final ImageService service;
    private final RequestOrigins origins;

    public ProductImageResource(ImageService service, RequestOrigins origins) {
        this.service = service;
        this.origins = origins;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Upload an image of a product (JPEG, PNG, WebP or GIF's first frame)",
            description = "Multipart: file (at most zivah.catalog.images.max-upload-size, default 10 MB), optional "
                    + "altEs, altEn (at most 300 characters) and version (the product version the editor saw; 409 "
                    + "when it changed). The type is recognised from the content; the image is decoded and "
                    + "re-encoded without its metadata (EXIF orientation applied) as thumbnail 320, card 640 and "
                    + "large 1600 px wide (never upscaled), each as WebP plus JPEG (or PNG with transparency). "
                    + "Refused with 400 naming file: not an image, corrupt or truncated, bytes after the image's end "
                    + "or embedded markup/ZIP (polyglots), declared pixels over the budget (checked before decoding). "
                    + "The first image of a product becomes primary. Answers the product with its new version; "
                    + "recorded in the activity log (product.image-added).")
    @APIResponse(responseCode = "201", description = "The product with its new image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "Not an acceptable image (errors[].field = file)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No product with this id",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The product changed since version",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit",
            content = @Content(mediaType = "application/problem+json"))
    public Response upload(@PathParam("id") long id,
                           @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                           @RestForm("altEs") String altEs, @RestForm("altEn") String altEn,
                           @RestForm("version") String version) {
        ImageUpload upload = new ImageUpload(file == null ? null : file.uploadedFile(), file == null ? 0 : file.size(),
                altEs, altEn, version);
        ProductView product = service.upload(id, upload, origins.current());
        return Response.status(Response.Status.CREATED).entity(product).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Order a product's images; the first becomes primary",
            description = "imageIds lists every image of the product exactly once (else 400 naming imageIds); "
                    + "optional version as for uploads. Recorded as product.images-reordered.")
    @APIResponse(responseCode = "200", description = "The product with its images in the new order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    public ProductView reorder(@PathParam("id") long id, @NotNull @Valid ImageOrderRequest request) {
        return service.reorder(id, request, origins.current());
    }

    @DELETE
    @Path("/{imageId}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Delete an image of a product; when it was primary, the next one becomes primary",
            description = "Recorded as product.image-removed; bytes no other image uses are deleted.")
    @APIResponse(responseCode = "200", description = "The product without the image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", description = "No such product, or the image is not one of its images",
            content = @Content(mediaType = "application/problem+json"))
    public ProductView delete(@PathParam("id") long id, @PathParam("imageId") long imageId,
                              @Parameter(description = "the product version the editor saw (409 when it changed)")
                              @QueryParam("version") String version) {
        return service.delete(id, imageId, version, origins.current());
    }
}
