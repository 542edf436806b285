package com.zivah.web.service;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CatalogClient;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.ProductDto;
import com.zivah.web.client.ProductPage;
import com.zivah.web.client.PublicSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every read of the catalog the pages make goes through here (pages never call {@link CatalogClient}), answered from
 * the {@link CatalogCache} (memory, fresh within a second of a catalog change, the last known answer while
 * catalog-service is down). A refused request becomes a 404 page (not cached), any other failure with nothing known
 * one {@link UpstreamUnavailableException}.
 */
@ApplicationScoped
public class CatalogService {

    static final String SERVICE = "catalog-service";
    /** The catalog's largest page. */
    static final int MAX_PAGE_SIZE = 100;

    private final CatalogClient catalog;
    private final CatalogCache cache;

    public CatalogService(@RestClient CatalogClient catalog, CatalogCache cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    /** A cache key: what is asked and every argument (nulls allowed, value equality). */
    private static List<Object> key(Object... parts) {
        return Arrays.asList(parts);
    }

    public List<CategoryDto> categories() {
        return cache.get(key("categories"), () -> call(() -> catalog.categories().stream()
                .sorted(Comparator.comparingInt(CategoryDto::sortOrder))
                .toList()));
    }

    /** One page of products in the catalog's default order; {@code page} is zero-based, blank filters are left out. */
    public ProductPage products(int page, int size, String category, String query) {
        String inCategory = blankToNull(category);
        String text = blankToNull(query);
        return cache.get(key("products", page, size, inCategory, text), () -> call(() -> catalog.products(page, size,
                "relevance", Language.DEFAULT.tag(), inCategory, text, null, null, null)));
    }

    /** The page a catalog page shows: search, filters, sort and its one-based page. */
    public ProductPage search(CatalogQuery query, int size, Language language) {
        return cache.get(key("search", query, size, language), () -> call(() -> catalog.products(query.page() - 1, size,
                query.sort(), language.tag(), query.category(), query.q(), query.lowerBound(), query.upperBound(),
                query.inStock() ? "true" : null)));
    }

    /**
     * Every active product (for the sitemap), page by page in the catalog's order; a product that moved to a later
     * page while reading (a change in between) is listed once.
     */
    public List<ProductDto> allProducts() {
        Map<Long, ProductDto> all = new LinkedHashMap<>();
        int page = 0;
        int pages;
        do {
            ProductPage result = products(page, MAX_PAGE_SIZE, null, null);
            result.items().forEach(product -> all.putIfAbsent(product.id(), product));
            pages = result.totalPages();
            page++;
        } while (page < pages && page < 1_000);
        return List.copyOf(all.values());
    }

    /** The product a link asked for (by id or slug), if the catalog still sells it. */
    public Optional<ProductDto> product(String idOrSlug) {
        try {
            return Optional.of(cache.get(key("product", idOrSlug), () -> call(() -> catalog.product(idOrSlug))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public PublicSettings publicSettings() {
        return cache.get(key("settings"), () -> call(catalog::publicSettings));
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
