package com.zivah.web.service;

import com.zivah.web.client.CatalogClient;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.ProductDto;
import com.zivah.web.client.ProductPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the catalog for the pages; a refused request becomes a 404 page, any other failure one
 * {@link UpstreamUnavailableException}.
 */
@ApplicationScoped
public class CatalogService {

    static final String SERVICE = "catalog-service";

    private final CatalogClient catalog;

    public CatalogService(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    public List<CategoryDto> categories() {
        return call(() -> catalog.categories().stream()
                .sorted(Comparator.comparingInt(CategoryDto::sortOrder))
                .toList());
    }

    /** One page of products; {@code page} is zero-based, blank filters are left out. */
    public ProductPage products(int page, int size, String category, String query) {
        return call(() -> catalog.products(page, size, blankToNull(category), blankToNull(query)));
    }

    /** The product a link asked for, if the catalog still sells it. */
    public Optional<ProductDto> product(String id) {
        try {
            return Optional.of(call(() -> catalog.product(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 400 && e.getResponse().getStatus() < 500) {
                // the catalog refused what the visitor asked for (unknown category, search too long): not an outage
                throw new NotFoundException(e);
            }
            throw new UpstreamUnavailableException(SERVICE, e);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(SERVICE, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
