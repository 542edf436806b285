package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class CatalogReadTest {

    @Inject
    DataSource dataSource;

    @Test
    void categoriesAreOrderedAndLocalizedWithActiveProductCounts() {
        CatalogDatabase db = new CatalogDatabase(dataSource);
        JsonPath body = given().when().get("/api/catalog/categories")
                .then().statusCode(200).contentType("application/json")
                .body("size()", is(7))
                .body("[0].slug", equalTo("cafe-cacao"))
                .body("[0].name.es", equalTo("Café y cacao"))
                .body("[0].name.en", equalTo("Coffee & cocoa"))
                .body("[0].description.es", notNullValue())
                .body("[0].description.en", notNullValue())
                .body("[0].icon", equalTo("coffee"))
                .extract().jsonPath();

        List<Integer> sortOrders = body.getList("sortOrder", Integer.class);
        assertEquals(sortOrders.stream().sorted().toList(), sortOrders, "ordered by sort_order");
        for (Map<String, Object> category : body.<Map<String, Object>>getList("")) {
            long expected = db.count("select count(*) from product p join category c on c.id = p.category_id "
                    + "where p.active and c.slug = ?", category.get("slug"));
            assertEquals(expected, ((Number) category.get("productCount")).longValue(), "count of " + category.get("slug"));
        }
        // the demo's withdrawn decaf is not counted
        assertTrue(body.getLong("find { it.slug == 'cafe-cacao' }.productCount")
                < db.count("select count(*) from product p join category c on c.id = p.category_id where c.slug = 'cafe-cacao'"));
    }

    @Test
    void productsComeInThePagingEnvelope() {
        long active = new CatalogDatabase(dataSource).count("select count(*) from product where active");
        assertTrue(active >= 30, "the demo catalog has at least 30 active products");

        given().queryParam("page", 1).queryParam("size", 5)
                .when().get("/api/catalog/products")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("page", is(1))
                .body("size", is(5))
                .body("totalItems", is((int) active))
                .body("totalPages", is((int) ((active + 4) / 5)));

        given().queryParam("page", 1000).when().get("/api/catalog/products")
                .then().statusCode(200).body("items", empty()).body("totalItems", is((int) active));
    }

    @Test
    void productsDefaultToTwentyPerPageOrderedByCategoryAndCarryAllFields() {
        JsonPath body = given().queryParam("size", 100).when().get("/api/catalog/products")
                .then().statusCode(200).extract().jsonPath();
        List<String> order = given().when().get("/api/catalog/categories").jsonPath().getList("slug");
        List<Integer> categoryPositions = body.<String>getList("items.categorySlug").stream().map(order::indexOf).toList();
        assertEquals(categoryPositions.stream().sorted().toList(), categoryPositions, "grouped in category order");

        given().when().get("/api/catalog/products").then().statusCode(200).body("size", is(20)).body("items", hasSize(20));

        Map<String, Object> first = body.getMap("items.find { it.sku == 'ZV-CAF-001' }");
        assertEquals(List.of("active", "categorySlug", "createdAt", "currency", "description", "id", "images",
                "minOrderQuantity", "name", "price", "priceOnRequest", "sku", "slug", "specs", "stockQuantity", "unit",
                "updatedAt", "version"),
                first.keySet().stream().sorted().toList());
    }

    @Test
    void productsFilterByCategorySlug() {
        long spices = new CatalogDatabase(dataSource).count("select count(*) from product p join category c "
                + "on c.id = p.category_id where p.active and c.slug = 'especias'");
        given().queryParam("category", "especias").queryParam("size", 100)
                .when().get("/api/catalog/products")
                .then().statusCode(200)
                .body("totalItems", is((int) spices))
                .body("items", hasSize((int) spices))
                .body("items.categorySlug", everyItem(equalTo("especias")));
    }

    @Test
    void unknownCategoryIsABadRequestNamingCategory() {
        given().queryParam("category", "no-such-category")
                .when().get("/api/catalog/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", contains("category"));
    }

    @Test
    void searchMatchesSpanishOrEnglishTextsIgnoringCaseWithNamesFirst() {
        JsonPath coffee = given().queryParam("q", "CAFÉ").queryParam("size", 100).when().get("/api/catalog/products")
                .then().statusCode(200)
                .body("items.sku", hasItem("ZV-CAF-001"))
                .extract().jsonPath();
        // full-text: descriptions count too, but a product named café ranks above one that only mentions it
        List<Boolean> named = coffee.<String>getList("items.name.es").stream().map(n -> n.contains("afé")).toList();
        assertTrue(named.get(0) && named.indexOf(false) > 0 && named.lastIndexOf(true) < named.indexOf(false),
                "names first: " + coffee.getList("items.name.es"));
        given().queryParam("q", "cashew").when().get("/api/catalog/products")
                .then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].name.es", equalTo("Anacardo W320"));
        given().queryParam("q", "aceite").queryParam("category", "aceites-vegetales")
                .when().get("/api/catalog/products")
                .then().statusCode(200).body("items.categorySlug", everyItem(equalTo("aceites-vegetales")))
                .body("items[0].name.es", containsString("Aceite"));
    }

    @Test
    void searchTreatsWildcardsAsText() {
        // "%" and "_" are neither words nor the start of a SKU: nothing matches (never every product)
        given().queryParam("q", "%").queryParam("size", 100).when().get("/api/catalog/products")
                .then().statusCode(200).body("totalItems", is(0));
        given().queryParam("q", "_").when().get("/api/catalog/products")
                .then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void pageSizeOverOneHundredIsABadRequestNamingSize() {
        given().queryParam("size", 101).when().get("/api/catalog/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("size"));
        given().queryParam("page", -1).when().get("/api/catalog/products")
                .then().statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    void aQueryParameterThatIsNotANumberIsABadRequestNamingIt() {
        given().queryParam("size", "lots").when().get("/api/catalog/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("size"));
        given().when().get("/api/catalog/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void productDetailBySlugAndById() {
        int id = given().when().get("/api/catalog/products/cafe-verde-arabica-grado-1")
                .then().statusCode(200)
                .body("sku", equalTo("ZV-CAF-001"))
                .body("categorySlug", equalTo("cafe-cacao"))
                .body("name.es", equalTo("Café verde arábica grado 1"))
                .body("name.en", equalTo("Green arabica coffee, grade 1"))
                .body("specs.key", contains("origin", "packaging", "hsCode", "incoterms", "moisture", "cropYear"))
                .body("specs[0].label.es", equalTo("Origen"))
                .body("specs[0].label.en", equalTo("Origin"))
                .body("specs[0].value.es", equalTo("Colombia"))
                .body("specs[1].value.es", equalTo("Sacos de yute de 70 kg con bolsa GrainPro"))
                .body("specs[1].value.en", equalTo("70 kg jute bags with GrainPro liner"))
                .body("specs.find { it.key == 'hsCode' }.value.en", equalTo("0901.11"))
                .body("unit", equalTo("kg"))
                .body("minOrderQuantity", is(1000))
                .body("price", is(4.85f))
                .body("currency", equalTo("USD"))
                .body("priceOnRequest", is(false))
                .body("version", is(1))
                .extract().path("id");

        given().when().get("/api/catalog/products/" + id)
                .then().statusCode(200).body("slug", equalTo("cafe-verde-arabica-grado-1"));

        given().when().get("/api/catalog/products/vainilla-bourbon-vaina")
                .then().statusCode(200).body("priceOnRequest", is(true)).body("price", nullValue());
    }

    @Test
    void unknownOrInactiveProductIsANotFoundProblem() {
        given().when().get("/api/catalog/products/no-such-product")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("title", equalTo("Not found"));
        given().when().get("/api/catalog/products/999999")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/catalog/products/cafe-descafeinado-swiss-water")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestIdIsEchoedAndPutIntoProblems() {
        given().header("X-Request-Id", "test-req-42").when().get("/api/catalog/products/nothing-here")
                .then().statusCode(404).header("X-Request-Id", "test-req-42").body("requestId", equalTo("test-req-42"));
    }
}
