package com.zivah.web.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.ProductDto;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.mapping.CategoryView;
import com.zivah.web.mapping.ImageView;
import com.zivah.web.mapping.ProductDetail;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The product page ({@code /es/productos/{slug}}, {@code /en/products/{slug}}): gallery, specifications, price or
 * "price on request", stock, minimum order, the add-to-quote form, schema.org Product/Offer JSON-LD and Open Graph.
 * A numeric slug is not looked up as an id: only real slugs have pages (one URL per product).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProductPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance product(PageContext page, ProductDetail product, CategoryView category,
                String jsonLd);
    }

    private final CatalogService catalog;
    private final WebConfig config;
    private final ObjectMapper json;
    private final RenderedPages pages;

    public ProductPageResource(CatalogService catalog, WebConfig config, ObjectMapper json, RenderedPages pages) {
        this.catalog = catalog;
        this.config = config;
        this.json = json;
        this.pages = pages;
    }

    @GET
    @Path("es/productos/{slug}")
    public Response spanish(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        return render(Language.ES, slug, headers);
    }

    @GET
    @Path("en/products/{slug}")
    public Response english(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        return render(Language.EN, slug, headers);
    }

    private Response render(Language lang, String slug, HttpHeaders headers) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.matches("[0-9]+") || slug.length() > 200) {
            throw new NotFoundException();
        }
        return pages.html(() -> page(lang, slug), headers);
    }

    private TemplateInstance page(Language lang, String slug) {
        ProductDto dto = catalog.product(slug).filter(p -> slug.equals(p.slug())).orElseThrow(NotFoundException::new);
        ProductDetail product = ViewMapper.detail(dto, lang);
        CategoryView category = catalog.categories().stream()
                .filter(c -> c.slug().equals(dto.categorySlug()))
                .findFirst()
                .map(c -> ViewMapper.category(c, lang, null))
                .orElse(null);
        String base = config.publicBaseUrl();
        String description = ViewMapper.summary(product.description().isBlank() ? product.card().name()
                : product.description());
        PageContext page = PageContext.publicPage(lang, base, "catalog", SitePaths.product(Language.ES, slug),
                SitePaths.product(Language.EN, slug), null, product.card().name() + " · ZIVAH International",
                description)
                .withOpenGraph("product", product.images().isEmpty() ? null : base + product.images().get(0).large());
        return Templates.product(page, product, category, jsonLd(dto, product, lang, page, base))
                .setLocale(lang.locale());
    }

    /**
     * schema.org Product with its Offer, as the text of a {@code <script type="application/ld+json">}: data, not
     * script, so the CSP (script-src 'self') does not apply to it. {@code <}, {@code >} and {@code &} are written as
     * JSON escapes, so no catalog text can close the element ({@code </script>}) or open a comment.
     */
    String jsonLd(ProductDto dto, ProductDetail product, Language lang, PageContext page, String base) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "Product");
        root.put("name", product.card().name());
        root.put("sku", dto.sku());
        root.put("description", product.description());
        root.put("url", page.canonical());
        ArrayNode images = root.putArray("image");
        for (ImageView image : product.images()) {
            images.add(base + image.large());
        }
        ObjectNode brand = root.putObject("brand");
        brand.put("@type", "Brand");
        brand.put("name", "ZIVAH International");
        ObjectNode offer = root.putObject("offers");
        offer.put("@type", "Offer");
        offer.put("url", page.canonical());
        offer.put("availability", product.card().inStock() ? "https://schema.org/InStock"
                : "https://schema.org/OutOfStock");
        if (!product.card().priceOnRequest()) {
            offer.put("price", dto.price().toPlainString());
            offer.put("priceCurrency", dto.currency());
        }
        if (dto.minOrderQuantity() != null) {
            ObjectNode eligible = offer.putObject("eligibleQuantity");
            eligible.put("@type", "QuantitativeValue");
            eligible.put("minValue", dto.minOrderQuantity());
            eligible.put("unitText", dto.unit());
        }
        ObjectNode seller = offer.putObject("seller");
        seller.put("@type", "Organization");
        seller.put("name", "ZIVAH International");
        try {
            return json.writeValueAsString(root)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
