package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class SeoResourceTest {

    static final String BASE = "http://localhost:8080";

    @Test
    void sitemapListsHomeCatalogCategoriesAndProductsInBothLanguages() throws Exception {
        String xml = given().header("Host", "evil.example").when().get("/sitemap.xml")
                .then().statusCode(200).contentType(containsString("application/xml"))
                .extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList urls = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            locs.add(url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0)
                    .getTextContent());
            assertEquals(3, url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength(), xml);
        }
        for (String expected : List.of("/es/", "/en/", "/es/catalogo", "/en/catalog", "/es/catalogo/cafe-cacao",
                "/en/catalog/especias", "/es/productos/cafe-verde-arabica-grado-1",
                "/en/products/granos-cacao-fermentados", "/en/products/pimenton-dulce-ahumado")) {
            assertTrue(locs.contains(BASE + expected), expected + " in " + locs);
        }
        assertEquals(locs.size(), locs.stream().distinct().count(), "no URL twice: " + locs);
        assertTrue(locs.stream().allMatch(l -> l.startsWith(BASE + "/")), "never from the Host header: " + locs);
        assertTrue(xml.contains("<lastmod>2026-11-20T10:15:30Z</lastmod>"), xml);
        assertTrue(xml.contains("hreflang=\"x-default\" href=\"" + BASE + "/es/productos/cafe-verde-arabica-grado-1\""),
                xml);
    }

    @Test
    void robotsAllowsThePublicSiteAndPointsToTheSitemap() {
        String robots = given().when().get("/robots.txt").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertTrue(robots.contains("User-agent: *\nAllow: /\n"), robots);
        assertTrue(robots.contains("Disallow: /admin\n"), robots);
        assertTrue(robots.contains("Disallow: /api/\n"), robots);
        // the quote cart is per visitor (a cookie): nothing to index
        assertTrue(robots.contains("Disallow: /es/cotizacion\n") && robots.contains("Disallow: /en/quote\n"), robots);
        assertTrue(robots.contains("Sitemap: " + BASE + "/sitemap.xml"), robots);
    }
}
