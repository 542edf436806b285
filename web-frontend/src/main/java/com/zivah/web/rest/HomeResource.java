package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.PublicSettings;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.AppMessages;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.mapping.CategoryView;
import com.zivah.web.mapping.ProductView;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The home pages ({@code /es/}, {@code /en/}): hero and company data from the public site settings, featured
 * categories and products. {@code /} redirects to one of them by the visitor's language.
 */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageContext page, Hero hero, List<CategoryView> categories,
                List<ProductView> products);
    }

    /** Hero texts and company data (site settings; the message bundle's texts when a setting is missing). */
    public record Hero(String title, String subtitle, String companyName, String email, String phone,
            String address) {
    }

    private final CatalogService catalog;
    private final RenderedPages pages;
    private final CurrentLanguage language;
    private final WebConfig config;

    public HomeResource(CatalogService catalog, CurrentLanguage language, WebConfig config, RenderedPages pages) {
        this.pages = pages;
        this.catalog = catalog;
        this.language = language;
        this.config = config;
    }

    /**
     * 302 to the home page in the visitor's language (cookie, else Accept-Language, else Spanish; see
     * LanguageResolver). A query (old links to the searchable home) goes on to the catalog. Relative Location.
     */
    @GET
    public Response root(@Context UriInfo uri) {
        Language lang = language.get();
        String query = uri.getRequestUri().getRawQuery();
        String kept = query == null ? "" : withoutLang(query);
        String target = kept.isEmpty() ? SitePaths.home(lang) : SitePaths.catalog(lang) + "?" + kept;
        return Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, target)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @GET
    @Path("es/")
    @Produces(MediaType.TEXT_HTML)
    public Response spanish(@Context HttpHeaders headers) {
        return home(Language.ES, headers);
    }

    @GET
    @Path("en/")
    @Produces(MediaType.TEXT_HTML)
    public Response english(@Context HttpHeaders headers) {
        return home(Language.EN, headers);
    }

    private Response home(Language lang, HttpHeaders headers) {
        return pages.html(() -> page(lang), headers);
    }

    private TemplateInstance page(Language lang) {
        AppMessages msg = MessageBundles.get(AppMessages.class, Localized.Literal.of(lang.tag()));
        PublicSettings settings = catalog.publicSettings();
        Hero hero = new Hero(
                orElse(lang.pick(settings.heroTitleEs(), settings.heroTitleEn()), msg.heroTitle()),
                orElse(lang.pick(settings.heroSubtitleEs(), settings.heroSubtitleEn()), msg.heroText()),
                orElse(settings.companyName(), "ZIVAH International"), settings.contactEmail(),
                settings.contactPhone(), settings.companyAddress());
        List<CategoryView> categories = catalog.categories().stream()
                .limit(config.homeCategories())
                .map(c -> ViewMapper.category(c, lang, null))
                .toList();
        List<ProductView> products = catalog.products(0, config.homeProducts(), null, null).items().stream()
                .map(p -> ViewMapper.product(p, lang))
                .toList();
        PageContext page = PageContext.publicPage(lang, config.publicBaseUrl(), "home", SitePaths.home(Language.ES),
                SitePaths.home(Language.EN), null, hero.companyName() + " · " + msg.homeTitle(),
                msg.homeDescription());
        return Templates.home(page, hero, categories, products).setLocale(lang.locale());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String withoutLang(String query) {
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                kept.append(kept.isEmpty() ? "" : "&").append(pair);
            }
        }
        return kept.toString();
    }
}
