package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.ProductPage;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.AppMessages;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.mapping.CategoryView;
import com.zivah.web.mapping.ProductView;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogQuery;
import com.zivah.web.service.CatalogService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The catalog ({@code /es/catalogo}, {@code /en/catalog}) and category pages ({@code .../{categorySlug}}): category
 * navigation, search, filters (category, price range, in stock), sort, pagination and facet counts. Plain links and
 * GET forms (no JavaScript needed); with htmx the same URLs answer the results fragment.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CatalogPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(PageContext page, Listing listing);

        static native TemplateInstance catalog$results(PageContext page, Listing listing);
    }

    /** One sort option of the select. */
    public record SortOption(String value, String label, boolean selected) {
    }

    /** One facet: a category with the number of matches of the current search, and the URL narrowing to it. */
    public record Facet(String name, long count, String url, boolean selected) {
    }

    /** A page link of the pager. */
    public record PageLink(int number, String url, boolean current) {
    }

    /** Everything the catalog template draws. {@code category} is null on the catalog page. */
    public record Listing(String action, CategoryView category, List<CategoryView> categories, CatalogQuery query,
            List<SortOption> sorts, List<Facet> facets, List<ProductView> products, long totalItems, int page,
            int totalPages, String previousUrl, String nextUrl, List<PageLink> pages, String clearUrl,
            boolean filtered) {

        public boolean isEmptySearch() {
            return products.isEmpty() && query.q() != null;
        }
    }

    private final CatalogService catalog;
    private final WebConfig config;
    private final RenderedPages pages;

    public CatalogPageResource(CatalogService catalog, WebConfig config, RenderedPages pages) {
        this.catalog = catalog;
        this.config = config;
        this.pages = pages;
    }

    @GET
    @Path("es/catalogo")
    public Response catalogEs(@RestQuery String q, @RestQuery String category, @RestQuery String minPrice,
            @RestQuery String maxPrice, @RestQuery String inStock, @RestQuery String sort, @RestQuery String page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return render(Language.ES, null, CatalogQuery.of(q, category, minPrice, maxPrice, inStock, sort, page), uri,
                headers);
    }

    @GET
    @Path("en/catalog")
    public Response catalogEn(@RestQuery String q, @RestQuery String category, @RestQuery String minPrice,
            @RestQuery String maxPrice, @RestQuery String inStock, @RestQuery String sort, @RestQuery String page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return render(Language.EN, null, CatalogQuery.of(q, category, minPrice, maxPrice, inStock, sort, page), uri,
                headers);
    }

    @GET
    @Path("es/catalogo/{slug}")
    public Response categoryEs(@PathParam("slug") String slug, @RestQuery String q, @RestQuery String minPrice,
            @RestQuery String maxPrice, @RestQuery String inStock, @RestQuery String sort, @RestQuery String page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return render(Language.ES, slug, CatalogQuery.of(q, slug, minPrice, maxPrice, inStock, sort, page), uri,
                headers);
    }

    @GET
    @Path("en/catalog/{slug}")
    public Response categoryEn(@PathParam("slug") String slug, @RestQuery String q, @RestQuery String minPrice,
            @RestQuery String maxPrice, @RestQuery String inStock, @RestQuery String sort, @RestQuery String page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return render(Language.EN, slug, CatalogQuery.of(q, slug, minPrice, maxPrice, inStock, sort, page), uri,
                headers);
    }

    private Response render(Language lang, String categorySlug, CatalogQuery query, UriInfo uri,
            HttpHeaders headers) {
        boolean fragment = Htmx.wantsFragment(headers);
        Response page = pages.html(() -> page(lang, categorySlug, query, uri, fragment), headers);
        if (fragment) {
            // the address bar shows the clean URL of this list (a GET form would push its empty fields too)
            String action = categorySlug == null ? SitePaths.catalog(lang) : SitePaths.category(lang, categorySlug);
            return Response.fromResponse(page).header(Htmx.PUSH_URL, listUrl(action, query, categorySlug != null))
                    .build();
        }
        return page;
    }

    private TemplateInstance page(Language lang, String categorySlug, CatalogQuery query, UriInfo uri,
            boolean fragment) {
        AppMessages msg = MessageBundles.get(AppMessages.class, Localized.Literal.of(lang.tag()));
        List<CategoryDto> all = catalog.categories();
        Optional<CategoryDto> pageCategory = categorySlug == null ? Optional.empty()
                : all.stream().filter(c -> c.slug().equals(categorySlug)).findFirst();
        if (categorySlug != null && pageCategory.isEmpty()) {
            throw new NotFoundException();
        }
        ProductPage result = catalog.search(query, config.pageSize(), lang);
        List<CategoryView> categories = all.stream().map(c -> ViewMapper.category(c, lang, query.category())).toList();
        Map<String, CategoryView> bySlug = categories.stream()
                .collect(Collectors.toMap(CategoryView::slug, Function.identity(), (a, b) -> a));

        String action = categorySlug == null ? SitePaths.catalog(lang) : SitePaths.category(lang, categorySlug);
        int totalPages = Math.max(result.totalPages(), 1);
        List<Facet> facets = new ArrayList<>();
        for (ProductPage.CategoryFacet facet : result.facets().categories()) {
            CategoryView view = bySlug.get(facet.slug());
            if (view != null) {
                facets.add(new Facet(view.name(), facet.count(),
                        categorySlug == null ? listUrl(action, query.withCategory(facet.slug()).withPage(1), false)
                                : listUrl(SitePaths.category(lang, facet.slug()), query.withPage(1), true),
                        facet.slug().equals(query.category())));
            }
        }
        List<PageLink> pages = new ArrayList<>();
        for (int n = Math.max(1, query.page() - 2); n <= Math.min(totalPages, query.page() + 2); n++) {
            pages.add(new PageLink(n, listUrl(action, query.withPage(n), categorySlug != null), n == query.page()));
        }
        List<SortOption> sorts = List.of(
                new SortOption("relevance", msg.sortRelevance(), "relevance".equals(query.sort())),
                new SortOption("name", msg.sortName(), "name".equals(query.sort())),
                new SortOption("price", msg.sortPrice(), "price".equals(query.sort())),
                new SortOption("newest", msg.sortNewest(), "newest".equals(query.sort())));
        boolean filtered = query.q() != null || query.hasPriceRange() || query.inStock()
                || (categorySlug == null && query.category() != null) || !"relevance".equals(query.sort());
        Listing listing = new Listing(action, pageCategory.map(c -> ViewMapper.category(c, lang, null)).orElse(null),
                categories, query, sorts, facets,
                result.items().stream().map(p -> ViewMapper.product(p, lang)).toList(), result.totalItems(),
                query.page(), totalPages,
                query.page() > 1 ? listUrl(action, query.withPage(query.page() - 1), categorySlug != null) : null,
                query.page() < result.totalPages() ? listUrl(action, query.withPage(query.page() + 1),
                        categorySlug != null) : null,
                pages, action, filtered);

        String esPath = categorySlug == null ? SitePaths.catalog(Language.ES)
                : SitePaths.category(Language.ES, categorySlug);
        String enPath = categorySlug == null ? SitePaths.catalog(Language.EN)
                : SitePaths.category(Language.EN, categorySlug);
        String title = query.q() != null ? msg.searchTitle(query.q())
                : listing.category() != null ? listing.category().name() : msg.catalogTitle();
        if (query.page() > 1) {
            title = title + " · " + msg.pageSuffix(query.page());
        }
        String description = listing.category() == null ? msg.catalogDescription()
                : listing.category().description().isBlank()
                        ? msg.categoryPageDescription(listing.category().name())
                        : ViewMapper.summary(listing.category().description());
        String switchQuery = uri.getRequestUri().getRawQuery();
        PageContext page = PageContext.publicPage(lang, config.publicBaseUrl(), "catalog", esPath, enPath,
                switchQuery, title + " · ZIVAH International", description);
        String canonicalPath = action + (query.page() > 1 && !filtered ? "?page=" + query.page() : "");
        page = page.withCanonical(canonicalPath, config.publicBaseUrl());
        return (fragment ? Templates.catalog$results(page, listing) : Templates.catalog(page, listing))
                .setLocale(lang.locale());
    }

    /** A list URL with the query's non-default values (the category only when it is not in the path). */
    static String listUrl(String path, CatalogQuery query, boolean categoryInPath) {
        StringBuilder url = new StringBuilder();
        append(url, "q", query.q());
        if (!categoryInPath) {
            append(url, "category", query.category());
        }
        append(url, "minPrice", query.minPrice());
        append(url, "maxPrice", query.maxPrice());
        if (query.inStock()) {
            append(url, "inStock", "true");
        }
        if (!"relevance".equals(query.sort())) {
            append(url, "sort", query.sort());
        }
        if (query.page() > 1) {
            append(url, "page", String.valueOf(query.page()));
        }
        return url.isEmpty() ? path : path + "?" + url;
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append(url.isEmpty() ? "" : "&").append(name).append('=').append(SitePaths.encode(value));
        }
    }
}
