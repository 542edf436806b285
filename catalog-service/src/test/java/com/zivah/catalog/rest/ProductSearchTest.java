package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public search and list (V2__search.sql, ProductRepository): bilingual full-text search, sorts, filters, facets,
 * paging, inactive products, bad parameters. Its own products (SKUs ZT-*, in two categories of its own) are inserted
 * with SQL before and deleted after the class, so the demo catalog other tests count stays as it was.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchTest {

    static final String VALVES = "zt-valvuleria";
    static final String NUTS = "zt-frutos";

    @Inject
    DataSource dataSource;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    @BeforeAll
    void insertTestProducts() {
        deleteTestProducts();
        db().execute("insert into category (slug, name_es, name_en, sort_order) values (?, 'Valvulería', 'Valves', 900)", VALVES);
        db().execute("insert into category (slug, name_es, name_en, sort_order) values (?, 'Frutos (prueba)', 'Nuts (test)', 901)", NUTS);
        // category, sku, name es/en, description es/en, specs as key → value (both languages), price (null = on request), stock, days old, active
        product(VALVES, "ZT-VAL-001", "Válvulas de bola", "Ball valves", "Válvulas de acero inoxidable para agua potable.",
                "Stainless steel valves for drinking water.", "{\"material\": \"AISI 316\", \"origin\": \"España\"}", "25.00",
                100, 3, true);
        product(VALVES, "ZT-VAL-002", "Grifo de latón", "Brass tap", "Grifo con válvula de cierre rápido.",
                "Tap with a quick shut-off valve.", "{}", "12.50", 0, 1, true);
        product(VALVES, "ZT-VAL-003", "Bomba centrífuga", "Centrifugal pump", "Bomba de agua de dos pulgadas.",
                "Two-inch water pump.", "{\"material\": \"hierro fundido\", \"norma\": \"Diámetro nominal DN50\"}",
                null, 5, 2, true);
        product(VALVES, "ZT-VAL-009", "Válvula retirada", "Withdrawn valve", "Válvula de compuerta descatalogada.",
                "Discontinued gate valve.", "{}", "9.00", 10, 0, false);
        product(NUTS, "ZT-ALM-001", "Almendras peladas", "Shelled almonds", "Almendras de California, calibre 23/25.",
                "Californian almonds, size 23/25.", "{}", "8.00", 50, 4, true);
        product(NUTS, "ZT-MIX-001", "Mezcla de frutos secos con almendras", "Nut mix",
                "Nueces, avellanas y almendras tostadas.", "Roasted walnuts, hazelnuts and cashews.", "{}", "6.00", 50, 5, true);
        // a valve in the nuts category, so the facets of a valve search span two categories
        product(NUTS, "ZT-VAL-010", "Válvula para silos de almendra", "Silo valve", "Válvula de descarga.",
                "Discharge valve.", "{}", "40.00", 1, 6, true);
    }

    @AfterAll
    void deleteTestProducts() {
        db().execute("delete from product where sku like 'ZT-%'");
        db().execute("delete from category where slug in (?, ?)", VALVES, NUTS);
    }

    private void product(String category, String sku, String nameEs, String nameEn, String descriptionEs,
                         String descriptionEn, String features, String price, int stock, int daysOld, boolean active) {
        db().execute("insert into product (sku, slug, category_id, name_es, name_en, description_es, description_en, "
                        + "specs, unit, min_order_quantity, price, price_on_request, stock_quantity, active, "
                        + "created_at, updated_at) select ?, ?, c.id, ?, ?, ?, ?, (select coalesce(jsonb_agg("
                        + "jsonb_build_object('key', f.key, 'label', jsonb_build_object('es', f.key, 'en', f.key), "
                        + "'value', jsonb_build_object('es', f.value, 'en', f.value))), '[]'::jsonb) "
                        + "from jsonb_each_text(cast(? as jsonb)) f), 'unit', 1, "
                        + "cast(? as numeric), ?, ?, ?, now() - make_interval(days => ?), now() from category c where c.slug = ?",
                sku, sku.toLowerCase(), nameEs, nameEn, descriptionEs, descriptionEn, features, price, price == null,
                stock, active, daysOld, category);
    }

    private static JsonPath list(Map<String, Object> parameters) {
        return given().queryParams(parameters).queryParam("size", 100).when().get("/api/catalog/products")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> skus(Object... parameters) {
        return list(parameters(parameters)).getList("items.sku");
    }

    private static Map<String, Object> parameters(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    // ------------------------------------------------------------------------------------------ full-text search

    @Test
    void anUnaccentedSingularFindsTheAccentedPluralName() {
        List<String> found = skus("q", "valvula");
        assertTrue(found.contains("ZT-VAL-001"), "valvula finds Válvulas de bola: " + found);
        assertEquals(found, skus("q", "VÁLVULA"), "case and accents do not matter");
        assertEquals(found, skus("q", "Válvulas"));
        // name (weight A) before description (weight C): the ball valves rank above the tap with a valve inside
        assertTrue(found.indexOf("ZT-VAL-001") < found.indexOf("ZT-VAL-002"), "ranked: " + found);
        // accents the Spanish stemmer keeps (ñ, ü) are ignored too: the unaccent dictionary of both configurations
        assertEquals(List.of("ZT-VAL-001"), skus("q", "espana", "category", VALVES));
        assertEquals(List.of("ZT-VAL-001"), skus("q", "ESPAÑA", "category", VALVES));
        // English stems too: "valves" finds the valve whose English name says "valve"
        assertTrue(skus("q", "valves").containsAll(List.of("ZT-VAL-001", "ZT-VAL-002", "ZT-VAL-010")));
    }

    @Test
    void englishWordsFindOnlyProductsWhoseEnglishTextSaysThem() {
        List<String> almonds = skus("q", "almonds");
        assertTrue(almonds.contains("ZT-ALM-001"), "the English text says almonds: " + almonds);
        // Spanish says almendras, English does not say almonds: "almonds" must not find it
        assertTrue(!almonds.contains("ZT-MIX-001"), "the mix's English text has no almonds: " + almonds);

        List<String> almendras = skus("q", "almendras");
        assertTrue(almendras.containsAll(List.of("ZT-ALM-001", "ZT-MIX-001")), "Spanish finds both: " + almendras);
        assertTrue(skus("q", "almendra").containsAll(List.of("ZT-ALM-001", "ZT-MIX-001")), "the singular too");

        // an English-only word: the pump's English text says "pump", the valves' does not
        assertEquals(List.of("ZT-VAL-003"), skus("q", "pump", "category", VALVES));
        assertEquals(List.of(), skus("q", "cashews", "category", VALVES));
    }

    @Test
    void specificationsAndDescriptionsAreSearched() {
        assertEquals(List.of("ZT-VAL-003"), skus("q", "diametro"), "a specification value, accents ignored");
        assertEquals(List.of("ZT-VAL-003"), skus("q", "fundido"));
        assertEquals(List.of("ZT-VAL-001"), skus("q", "potable"), "a description");
        assertEquals(List.of("ZT-VAL-001"), skus("q", "\"agua potable\""), "a phrase in quotes");
        assertEquals(List.of(), skus("q", "\"potable agua\""), "a phrase keeps its order");
        assertEquals(List.of("ZT-VAL-003"), skus("q", "agua -potable"), "a word excluded");
    }

    @Test
    void aSkuIsFoundExactlyOrByItsPrefix() {
        List<String> exact = skus("q", "zt-val-002");
        assertEquals("ZT-VAL-002", exact.get(0), "the exact SKU ranks first: " + exact);
        assertEquals(List.of("ZT-VAL-002"), skus("q", "ZT-VAL-002", "sort", "name"));
        List<String> prefix = skus("q", "ZT-VAL", "sort", "name");
        assertTrue(prefix.containsAll(List.of("ZT-VAL-001", "ZT-VAL-002", "ZT-VAL-003", "ZT-VAL-010")), "prefix: " + prefix);
        assertTrue(!prefix.contains("ZT-VAL-009"), "not the inactive one");
        // a prefix that is no word of the SKU: only the SKU match finds it
        assertEquals(List.of("ZT-VAL-001", "ZT-VAL-002", "ZT-VAL-003"), skus("q", "zt-val-00", "sort", "newest")
                .stream().sorted().toList());
        assertEquals(4, skus("q", "Zt-Va").size());
    }

    @Test
    void aSearchWithoutWordsFindsNothingAndWildcardsAreText() {
        given().queryParam("q", "%").when().get("/api/catalog/products")
                .then().statusCode(200).body("totalItems", is(0)).body("items", empty())
                .body("facets.categories", empty());
        given().queryParam("q", "_").when().get("/api/catalog/products")
                .then().statusCode(200).body("totalItems", is(0));
        given().queryParam("q", "de la").when().get("/api/catalog/products")
                .then().statusCode(200).body("totalItems", is(0)); // Spanish stop words only
    }

    // ------------------------------------------------------------------------------------------ sorts

    @Test
    void eachSortOrder() {
        // active valves: 001 Válvulas de bola / Ball valves 25.00, 3 days; 002 Grifo de latón / Brass tap 12.50, 1 day;
        // 003 Bomba centrífuga / Centrifugal pump on request, 2 days
        assertEquals(List.of("ZT-VAL-003", "ZT-VAL-002", "ZT-VAL-001"), skus("category", VALVES),
                "default without q: the catalog order (Spanish name)");
        assertEquals(List.of("ZT-VAL-003", "ZT-VAL-002", "ZT-VAL-001"), skus("category", VALVES, "sort", "relevance"));
        assertEquals(List.of("ZT-VAL-003", "ZT-VAL-002", "ZT-VAL-001"), skus("category", VALVES, "sort", "name"));
        assertEquals(List.of("ZT-VAL-001", "ZT-VAL-002", "ZT-VAL-003"),
                skus("category", VALVES, "sort", "name", "lang", "en"), "the English names");
        assertEquals(List.of("ZT-VAL-002", "ZT-VAL-001", "ZT-VAL-003"), skus("category", VALVES, "sort", "price"),
                "cheapest first, price on request last");
        assertEquals(List.of("ZT-VAL-002", "ZT-VAL-003", "ZT-VAL-001"), skus("category", VALVES, "sort", "newest"));
        assertEquals(List.of("ZT-VAL-001", "ZT-VAL-002"), skus("q", "valvula", "category", VALVES),
                "with q the default is relevance");
    }

    @Test
    void sortByPriceOverTheWholeCatalogPutsOnRequestLast() {
        JsonPath body = list(parameters("sort", "price"));
        List<Boolean> onRequest = body.getList("items.priceOnRequest", Boolean.class);
        List<Double> prices = body.<Number>getList("items.price").stream().filter(p -> p != null)
                .map(Number::doubleValue).toList();
        assertEquals(prices.stream().sorted().toList(), prices);
        int firstOnRequest = onRequest.indexOf(true);
        assertTrue(firstOnRequest > 0 && onRequest.subList(firstOnRequest, onRequest.size()).stream().allMatch(b -> b),
                "on request last: " + onRequest);
    }

    // ------------------------------------------------------------------------------------------ filters

    @Test
    void eachFilterAndTheirCombination() {
        assertEquals(List.of("ZT-VAL-003", "ZT-VAL-001"), skus("category", VALVES, "inStock", "true"));
        assertEquals(List.of("ZT-VAL-003", "ZT-VAL-002", "ZT-VAL-001"), skus("category", VALVES, "inStock", "false"));
        assertEquals(List.of("ZT-VAL-001"), skus("category", VALVES, "minPrice", "20"));
        assertEquals(List.of("ZT-VAL-002"), skus("category", VALVES, "maxPrice", "20"));
        assertEquals(List.of("ZT-VAL-002", "ZT-VAL-001"), skus("category", VALVES, "minPrice", "12.50", "maxPrice", "25"),
                "bounds are inclusive; on request is outside any price range");
        assertEquals(List.of("ZT-ALM-001", "ZT-VAL-010"), skus("q", "almendra", "minPrice", "7", "maxPrice", "40", "sort", "price")
                .stream().filter(s -> s.startsWith("ZT-")).toList(), "search and price");
        assertEquals(List.of("ZT-VAL-001"),
                skus("q", "valvula", "category", VALVES, "inStock", "true", "minPrice", "10", "maxPrice", "30"),
                "all together");
        JsonPath all = list(parameters("inStock", "true", "minPrice", "5", "maxPrice", "6"));
        assertTrue(all.getList("items.stockQuantity", Integer.class).stream().allMatch(s -> s > 0));
        assertTrue(all.<Number>getList("items.price").stream().allMatch(p -> p.doubleValue() >= 5 && p.doubleValue() <= 6));
    }

    // ------------------------------------------------------------------------------------------ facets

    @Test
    void facetsCountTheCurrentSearchPerCategoryIgnoringTheCategoryFilter() {
        Map<String, Object> valves = parameters("q", "valvula");
        JsonPath body = list(valves);
        assertEquals(List.of(Map.of("slug", VALVES, "count", 2), Map.of("slug", NUTS, "count", 1)),
                zt(body.getList("facets.categories")), "in sortOrder, inactive not counted");
        valves.put("category", VALVES);
        JsonPath filtered = list(valves);
        assertEquals(2, filtered.getInt("totalItems"));
        assertEquals(body.getList("facets.categories"), filtered.getList("facets.categories"), "not narrowed by category");
        valves.put("inStock", "true");
        assertEquals(List.of(Map.of("slug", VALVES, "count", 1), Map.of("slug", NUTS, "count", 1)),
                zt(list(valves).getList("facets.categories")), "narrowed by the other filters");

        // without a search: the active products per category, as the categories endpoint counts them
        JsonPath everything = list(Map.of());
        List<Map<String, Object>> categories = given().when().get("/api/catalog/categories").jsonPath().getList("");
        for (Map<String, Object> category : categories) {
            long facet = everything.getLong("facets.categories.find { it.slug == '" + category.get("slug") + "' }.count");
            assertEquals(((Number) category.get("productCount")).longValue(), facet, "facet of " + category.get("slug"));
        }
        assertEquals(everything.getLong("totalItems"),
                everything.<Integer>getList("facets.categories.count").stream().mapToLong(Integer::longValue).sum());
    }

    private static List<Map<String, Object>> zt(List<Map<String, Object>> facets) {
        return facets.stream().filter(f -> String.valueOf(f.get("slug")).startsWith("zt-")).toList();
    }

    // ------------------------------------------------------------------------------------------ paging

    @Test
    void pagingBounds() {
        given().queryParam("q", "zt").queryParam("sort", "name").queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/catalog/products")
                .then().statusCode(200)
                .body("items", hasSize(2)).body("page", is(2)).body("size", is(2))
                .body("totalItems", is(6)).body("totalPages", is(3));
        given().queryParam("q", "zt").queryParam("size", 2).queryParam("page", 3)
                .when().get("/api/catalog/products")
                .then().statusCode(200).body("items", empty()).body("totalItems", is(6))
                .body("facets.categories.count", contains(3, 3)); // facets do not depend on the page
        given().queryParam("q", "zt").queryParam("size", 100).when().get("/api/catalog/products")
                .then().statusCode(200).body("items", hasSize(6)).body("totalPages", is(1));
        given().queryParam("q", "zt").queryParam("size", 0).when().get("/api/catalog/products")
                .then().statusCode(400).body("errors.field", contains("size"));
        given().queryParam("page", 1_000_001).when().get("/api/catalog/products")
                .then().statusCode(400).body("errors.field", contains("page"));
        // pages are disjoint and together are the whole result
        List<String> pages = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            pages.addAll(given().queryParam("q", "zt").queryParam("sort", "newest").queryParam("size", 2)
                    .queryParam("page", page).when().get("/api/catalog/products").jsonPath().getList("items.sku"));
        }
        assertEquals(skus("q", "zt", "sort", "newest"), pages);
    }

    // ------------------------------------------------------------------------------------------ inactive products

    @Test
    void inactiveProductsNeverAppearPublicly() {
        long id = db().productId("ZT-VAL-009");
        assertTrue(!skus("q", "retirada").contains("ZT-VAL-009"), "not found by its own name");
        given().queryParam("q", "compuerta").when().get("/api/catalog/products")
                .then().statusCode(200).body("totalItems", is(0)).body("facets.categories", empty());
        assertTrue(!skus("category", VALVES, "sort", "newest").contains("ZT-VAL-009"), "not listed (it is the newest)");
        assertTrue(!skus("q", "ZT-VAL-009").contains("ZT-VAL-009"), "not found by SKU");
        given().when().get("/api/catalog/products/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/catalog/products/zt-val-009").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/catalog/products/zt-val-001").then().statusCode(200).body("sku", equalTo("ZT-VAL-001"));
        given().when().get("/api/catalog/categories").then().statusCode(200)
                .body("find { it.slug == '" + VALVES + "' }.productCount", is(3));
    }

    // ------------------------------------------------------------------------------------------ bad parameters

    @Test
    void badParametersAreBadRequestsNamingThem() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("sort", "cheapest");
        bad.put("lang", "fr");
        bad.put("minPrice", "cheap");
        bad.put("maxPrice", "-5");
        bad.put("inStock", "yes");
        bad.put("q", "x".repeat(101));
        bad.put("category", "no-such-category");
        for (Map.Entry<String, String> parameter : bad.entrySet()) {
            given().queryParam(parameter.getKey(), parameter.getValue()).when().get("/api/catalog/products")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains(parameter.getKey()));
        }
        given().queryParam("minPrice", "1.234").when().get("/api/catalog/products")
                .then().statusCode(400).body("errors.field", contains("minPrice"));
        given().queryParam("minPrice", "30").queryParam("maxPrice", "20").when().get("/api/catalog/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("minPrice"));
        given().queryParam("sort", "price").queryParam("lang", "en").queryParam("inStock", "true")
                .queryParam("minPrice", "0").queryParam("maxPrice", "9999999999.99")
                .when().get("/api/catalog/products").then().statusCode(200).body("totalItems", greaterThan(0));
    }

    @Test
    void theOpenApiDocumentDescribesTheParametersAndTheFacets() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        List<String> parameters = api.getList("paths.'/api/catalog/products'.get.parameters.name");
        assertTrue(parameters.containsAll(List.of("q", "category", "sort", "lang", "minPrice", "maxPrice", "inStock",
                "page", "size")), "parameters: " + parameters);
        assertEquals(List.of("relevance", "name", "price", "newest"),
                api.getList("paths.'/api/catalog/products'.get.parameters.find { it.name == 'sort' }.schema.enum"));
        assertTrue(api.getMap("components.schemas.ProductPage.properties").containsKey("facets"));
    }
}
