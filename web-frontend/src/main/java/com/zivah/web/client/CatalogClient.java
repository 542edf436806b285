package com.zivah.web.client;

import com.zivah.platform.requestid.RequestIdHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * catalog-service's public read API. What web-frontend relies on is the contract in
 * {@code docs/contracts/web-frontend-catalog-service.json} (written by {@code CatalogClientPactTest}). Only
 * {@code service/CatalogService} calls it.
 */
@RegisterRestClient(configKey = "catalog")
@RegisterClientHeaders(RequestIdHeaders.class)
@Path("/api/catalog")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogClient {

    @GET
    @Path("/categories")
    List<CategoryDto> categories();

    /**
     * One page of active products. {@code page}, {@code size}, {@code sort} and {@code lang} are always sent; null
     * query parameters are left out of the request. The price range is sent as a pair or not at all.
     */
    @GET
    @Path("/products")
    ProductPage products(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("sort") String sort,
            @QueryParam("lang") String lang, @QueryParam("category") String category, @QueryParam("q") String q,
            @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
            @QueryParam("inStock") String inStock);

    /** One active product by id or slug; 404 when unknown or withdrawn. */
    @GET
    @Path("/products/{idOrSlug}")
    ProductDto product(@PathParam("idOrSlug") String idOrSlug);

    @GET
    @Path("/settings/public")
    PublicSettings publicSettings();
}
