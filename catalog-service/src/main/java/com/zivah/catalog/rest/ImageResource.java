package com.zivah.catalog.rest;

import com.zivah.catalog.service.ImageService;
import com.zivah.platform.http.ETags;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public image files: immutable, named by the SHA-256 of their bytes (their strong ETag), cacheable forever. */
@Path("/api/catalog/images")
@Tag(name = "Catalog images")
public class ImageResource {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final ImageService service;

    public ImageResource(ImageService service) {
        this.service = service;
    }

    @GET
    @Path("/{name}")
    @PermitAll
    @Operation(summary = "An image file (<sha256>.webp|jpg|png) as listed in a product's images[].variants[].url")
    @APIResponse(responseCode = "200", description = "The bytes, with Cache-Control immutable and ETag = the hash")
    @APIResponse(responseCode = "304", description = "If-None-Match named this file's ETag")
    @APIResponse(responseCode = "400", description = "The name is not <sha256>.<webp|jpg|png>")
    @APIResponse(responseCode = "404", description = "No such image")
    public Response get(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ImageService.StoredImage image = service.read(name);
        String etag = "\"" + image.sha256() + "\"";
        if (ETags.matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER).build();
        }
        return Response.ok(image.bytes(), image.mediaType())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
