package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.ProductPage;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.CurrentLanguage;
import com.zivah.web.mapping.CategoryView;
import com.zivah.web.mapping.ProductView;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** The public home page: hero, categories and the searchable, paged product grid. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageContext page, List<CategoryView> categories, ProductGrid grid);
    }

    /**
     * The product grid of one request. {@code page} is one-based here (what people see in URLs);
     * the catalog's is zero-based.
     */
    public record ProductGrid(List<ProductView> products, String q, String category, int page, int totalPages,
            long totalItems, String previousUrl, String nextUrl) {
    }

    private final CatalogService catalog;
    private final CurrentLanguage language;
    private final WebConfig config;

    public HomeResource(CatalogService catalog, CurrentLanguage language, WebConfig config) {
        this.catalog = catalog;
        this.language = language;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@RestQuery String q, @RestQuery String category, @RestQuery("page") String pageParam,
            @Context UriInfo uri) {
        Language lang = language.get();
        int page = parsePage(pageParam);
        List<CategoryView> categories = catalog.categories().stream()
                .map(c -> ViewMapper.category(c, lang, category))
                .toList();
        ProductPage result = catalog.products(page - 1, config.pageSize(), category, q);
        ProductGrid grid = new ProductGrid(
                result.items().stream().map(p -> ViewMapper.product(p, lang)).toList(),
                q == null ? "" : q, category == null ? "" : category, page, Math.max(result.totalPages(), 1),
                result.totalItems(),
                page > 1 ? pageUrl(uri, page - 1) : null,
                page < result.totalPages() ? pageUrl(uri, page + 1) : null);
        return Templates.home(PageContext.of(lang, uri, "home"), categories, grid).setLocale(lang.locale());
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(Integer.parseInt(value.trim()), 100_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static String pageUrl(UriInfo uri, int page) {
        var url = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("lang").build();
        return url.getRawPath() + "?" + url.getRawQuery() + "#productos";
    }
}
