package com.zivah.web.rest;

import org.junit.jupiter.api.BeforeEach;
import jakarta.inject.Inject;
import com.zivah.web.service.CatalogCache;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class CatalogPageResourceTest {

    /** Answers cached by an earlier test (or class) must not hide what this test makes catalog-service do. */
    @Inject
    CatalogCache catalogCache;

    @BeforeEach
    void forgetTheCatalog() {
        catalogCache.forgetAll();
    }

    @Test
    void catalogListsProductsWithCategoryNavigationFacetsAndPager() {
        given().when().get("/es/catalogo")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<h1>Catálogo de productos</h1>"),
                        containsString("27 productos encontrados"),
                        containsString("href=\"/es/catalogo/especias\""),
                        // facets of the current search: name, count, link narrowing the search
                        containsString("href=\"/es/catalogo?category=cafe-cacao\""),
                        containsString("Café y cacao <span class=\"count\">2</span>"),
                        containsString("Página 1 de 3"),
                        containsString("href=\"/es/catalogo?page=2\" rel=\"next\""),
                        not(containsString("rel=\"prev\"")),
                        containsString("Sin existencias"), containsString("En existencia"),
                        containsString("<option value=\"relevance\" selected>Relevancia</option>")));
        assertEquals(Map.of("lang", "es", "page", "0", "size", "12", "sort", "relevance"), lastQuery());
    }

    @Test
    void searchFiltersSortAndPageGoToTheCatalog() {
        given().queryParam("minPrice", "1").queryParam("maxPrice", "500").queryParam("inStock", "true")
                .queryParam("sort", "price").queryParam("page", "2")
                .when().get("/en/catalog")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("value=\"1\""), containsString("value=\"500\""),
                        containsString("id=\"inStock\" name=\"inStock\" type=\"checkbox\" value=\"true\" checked"),
                        containsString("<option value=\"price\" selected>Price: low to high</option>"),
                        containsString("Page 2 of 3"),
                        containsString("href=\"/en/catalog?minPrice=1&amp;maxPrice=500&amp;inStock=true&amp;sort=price\" rel=\"prev\""),
                        not(containsString("noindex")),
                        containsString("<link rel=\"canonical\" href=\"http://localhost:8080/en/catalog\">")));
        assertEquals(Map.of("lang", "en", "page", "1", "size", "12", "sort", "price", "minPrice", "1",
                "maxPrice", "500", "inStock", "true"), lastQuery());
    }

    @Test
    void onlyAnUpperPriceBoundIsSentAsARange() {
        // minPrice 0 and no upper bound both mean the same to the catalog as leaving them out (any range excludes
        // "price on request"), so the range always travels as a pair
        given().queryParam("maxPrice", "500").queryParam("inStock", "true").when().get("/es/catalogo")
                .then().statusCode(200);
        Map<String, String> query = lastQuery();
        assertEquals("0", query.get("minPrice"));
        assertEquals("500", query.get("maxPrice"));
    }

    @Test
    void invalidFilterValuesAreIgnoredNotErrors() {
        given().queryParam("minPrice", "abc").queryParam("sort", "evil").queryParam("page", "-3")
                .when().get("/es/catalogo")
                .then().statusCode(200);
        assertEquals(Map.of("lang", "es", "page", "0", "size", "12", "sort", "relevance"), lastQuery());
    }

    @Test
    void searchInACategoryKeepsBothAndTheSwitchKeepsThem() {
        given().queryParam("q", "arábica").queryParam("category", "cafe-cacao").when().get("/es/catalogo")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<title>Resultados para «arábica» · ZIVAH International</title>"),
                        containsString("value=\"arábica\""),
                        containsString("<option value=\"cafe-cacao\" selected>"),
                        containsString("href=\"/en/catalog?q=ar%C3%A1bica&amp;category=cafe-cacao\" lang=\"en\"")));
        Map<String, String> query = lastQuery();
        assertEquals("arábica", query.get("q"));
        assertEquals("cafe-cacao", query.get("category"));
    }

    @Test
    void categoryPageFiltersByItsCategory() {
        given().when().get("/en/catalog/cafe-cacao")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<h1>Coffee &amp; cocoa</h1>"),
                        containsString("Single-origin green and roasted coffee"),
                        containsString("<title>Coffee &amp; cocoa · ZIVAH International</title>"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost:8080/en/catalog/cafe-cacao\">"),
                        containsString("hreflang=\"es\" href=\"http://localhost:8080/es/catalogo/cafe-cacao\""),
                        containsString("href=\"/es/catalogo/cafe-cacao\" lang=\"es\""),
                        containsString("action=\"/en/catalog/cafe-cacao\""),
                        containsString("aria-current=\"page\"")));
        assertEquals("cafe-cacao", lastQuery().get("category"));
    }

    @Test
    void anUnknownCategoryIsAHelpful404() {
        given().when().get("/es/catalogo/no-such-category")
                .then().statusCode(404)
                .body(allOf(containsString("Página no encontrada"), containsString("action=\"/es/catalogo\""),
                        containsString("href=\"/es/catalogo/especias\"")));
        given().queryParam("category", "no-such-category").when().get("/es/catalogo")
                .then().statusCode(404).body(not(containsString("Servicio no disponible")));
    }

    @Test
    void aSearchWithoutResultsSuggestsCategories() {
        given().queryParam("q", "xyzzy").when().get("/es/catalogo")
                .then().statusCode(200)
                .body(allOf(
                        containsString("0 productos encontrados"),
                        containsString("No encontramos productos para «xyzzy»."),
                        containsString("explore una categoría"),
                        containsString("<li><a href=\"/es/catalogo/cafe-cacao\">Café y cacao</a></li>")));
    }

    @Test
    void htmxGetsTheResultsFragmentOfTheSameUrl() {
        String fragment = given().header("HX-Request", "true").queryParam("page", "2").when().get("/es/catalogo")
                .then().statusCode(200)
                .header("Vary", containsString("HX-Request"))
                .extract().asString();
        assertTrue(fragment.strip().startsWith("<section id=\"results\""), fragment);
        assertTrue(fragment.contains("Página 2 de 3"), fragment);
        assertFalse(fragment.contains("<html"), fragment);
        assertFalse(fragment.contains("<aside"), fragment);
        // what the GET form sends (empty fields included) is pushed to the history as the clean list URL
        given().header("HX-Request", "true").queryParam("q", "").queryParam("category", "")
                .queryParam("minPrice", "").queryParam("sort", "price").when().get("/es/catalogo")
                .then().statusCode(200).header("HX-Push-Url", "/es/catalogo?sort=price");
        // a history restore needs the whole page
        given().header("HX-Request", "true").header("HX-History-Restore-Request", "true").when().get("/es/catalogo")
                .then().statusCode(200).body(containsString("<html lang=\"es\">"));
    }

    @Test
    void thePageWiresHtmxFromOurOwnOriginWithoutInlineCode() {
        String html = given().when().get("/es/catalogo").then().statusCode(200).extract().asString();
        assertTrue(html.matches("(?s).*<script src=\"/assets/htmx\\.[0-9a-f]{16}\\.js\" defer></script>.*"), html);
        assertTrue(html.contains("hx-get=\"/es/catalogo\" hx-target=\"#results\""), html);
        assertTrue(html.contains("hx-push-url=\"true\""), html);
    }

    /** The query of the last product-list request the catalog got, decoded. */
    private static Map<String, String> lastQuery() {
        Map<String, String> query = new TreeMap<>();
        for (String pair : Fake.lastProductsQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return query;
    }
}
