package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.CategoryDto;
import com.zivah.web.client.ProductDto;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.service.CatalogService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * For search engines: {@code /sitemap.xml} (home, catalog, every category and every public product, each in both
 * languages with its hreflang alternates; absolute URLs from the configured public base URL) and {@code /robots.txt}.
 */
@Path("/")
public class SeoResource {

    static final MediaType XML = new MediaType("application", "xml", "UTF-8");

    private final CatalogService catalog;
    private final WebConfig config;

    public SeoResource(CatalogService catalog, WebConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public Response robots(@Context HttpHeaders headers) {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /admin
                Disallow: /api/
                Disallow: /cotizar
                Disallow: /es/cotizacion
                Disallow: /en/quote
                Disallow: /logout

                Sitemap: %s/sitemap.xml
                """.formatted(config.publicBaseUrl());
        return CachedPage.of(body, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"), headers);
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public Response sitemap(@Context HttpHeaders headers) {
        List<CategoryDto> categories = catalog.categories();
        List<ProductDto> products = catalog.allProducts();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        entry(xml, SitePaths.home(Language.ES), SitePaths.home(Language.EN), null);
        entry(xml, SitePaths.catalog(Language.ES), SitePaths.catalog(Language.EN), null);
        for (CategoryDto category : categories) {
            entry(xml, SitePaths.category(Language.ES, category.slug()),
                    SitePaths.category(Language.EN, category.slug()), null);
        }
        for (ProductDto product : products) {
            if (product.slug() != null) {
                entry(xml, SitePaths.product(Language.ES, product.slug()),
                        SitePaths.product(Language.EN, product.slug()), product.updatedAt());
            }
        }
        xml.append("</urlset>\n");
        return CachedPage.of(xml.toString(), XML, headers);
    }

    /** Two {@code <url>}s, one per language, each listing both alternates and x-default (the Spanish page). */
    private void entry(StringBuilder xml, String esPath, String enPath, Instant lastModified) {
        String base = config.publicBaseUrl();
        for (String path : List.of(esPath, enPath)) {
            xml.append("  <url>\n    <loc>").append(escape(base + path)).append("</loc>\n");
            if (lastModified != null) {
                xml.append("    <lastmod>").append(lastModified.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>\n");
            }
            alternate(xml, "es", base + esPath);
            alternate(xml, "en", base + enPath);
            alternate(xml, "x-default", base + esPath);
            xml.append("  </url>\n");
        }
    }

    private static void alternate(StringBuilder xml, String lang, String href) {
        xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(lang).append("\" href=\"")
                .append(escape(href)).append("\"/>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
