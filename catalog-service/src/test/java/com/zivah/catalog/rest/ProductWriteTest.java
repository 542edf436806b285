package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.event.TopicReader;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Staff product writes beyond PUT (ProductUpdateTest): create, stock, activate/deactivate, delete, and the staff
 * reads that include withdrawn products. Each write: roles, validation, 409s, its activity entry and its event
 * (conforming to ProductChanged v1, type and changedFields), nothing saved when refused.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductWriteTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    @AfterAll
    void deleteTestProducts() {
        db().execute("delete from product where sku like 'ZW-%'");
        db().execute("delete from retired_product where sku like 'ZW-%'");
    }

    /** A complete, valid POST body for a new product. */
    static Map<String, Object> createBody(String sku) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("categorySlug", "frutos-secos");
        body.put("name", Map.of("es", "Nueces de Brasil " + sku, "en", "Brazil nuts " + sku));
        body.put("description", Map.of("es", "Nueces de Brasil enteras.", "en", "Whole Brazil nuts."));
        body.put("specs", List.of(ProductUpdateTest.spec("origin", "Origen", "Origin", "Bolivia", "Bolivia"),
                ProductUpdateTest.spec("packaging", "Embalaje", "Packaging", "Cajas de 20 kg", "20 kg cartons")));
        body.put("unit", "kg");
        body.put("minOrderQuantity", 500);
        body.put("price", new BigDecimal("11.40"));
        body.put("currency", "USD");
        body.put("priceOnRequest", false);
        body.put("stockQuantity", 800);
        body.put("active", true);
        return body;
    }

    private long created(String sku) {
        return given().contentType(ContentType.JSON).body(createBody(sku))
                .when().post("/api/catalog/products")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long version(long id) {
        return db().productVersion(id);
    }

    private long outboxRows() {
        return db().count("select count(*) from outbox_event");
    }

    private long activityRows() {
        return db().count("select count(*) from activity_log");
    }

    /** The latest outbox event of product {@code id}, checked against the contract and its header type. */
    private JsonNode latestEvent(long id) throws Exception {
        Map<String, Object> row = db().rows("select topic, event_type, payload from outbox_event where event_key = ? "
                + "and topic = ? order by created_at desc limit 1", String.valueOf(id), ProductChanged.TOPIC).get(0);
        String payload = (String) row.get("payload");
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, payload);
        JsonNode event = json.readTree(payload);
        assertEquals(row.get("event_type"), event.get("type").asText(), "event-type header = type");
        return event;
    }

    private Map<String, Object> latestEntry(long id) {
        return db().rows("select actor, action, old_value::text as old_value, new_value::text as new_value "
                + "from activity_log where entity_type = 'product' and entity_id = ? order by id desc limit 1",
                String.valueOf(id)).get(0);
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aManagerCreatesAProductWithADerivedSlugItsEventAndActivityEntry() throws Exception {
        Map<String, Object> body = createBody("ZW-NUT-001");
        body.put("name", Map.of("es", "Nueces de Brasil ñandú Extra", "en", "Brazil nuts extra"));
        var response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/catalog/products")
                .then().statusCode(201)
                .header("Location", equalTo("/api/catalog/admin/products/"
                        + db().count("select coalesce(max(id), 0) from product")))
                .body("slug", equalTo("nueces-de-brasil-nandu-extra"))
                .body("version", is(1))
                .body("specs[1].value.en", equalTo("20 kg cartons"))
                .body("createdAt", notNullValue())
                .extract().jsonPath();
        long id = response.getLong("id");

        JsonNode event = latestEvent(id);
        assertEquals(ProductChanged.CREATED, event.get("type").asText());
        assertEquals(1, event.get("version").asLong());
        assertEquals("Cajas de 20 kg", event.get("specs").get(1).get("value").get("es").asText());
        assertEquals(800, event.get("stockQuantity").asInt());
        Map<String, Object> entry = latestEntry(id);
        assertEquals("product.created", entry.get("action"));
        assertEquals("mara", entry.get("actor"));
        assertEquals(null, entry.get("old_value"));
        assertEquals("ZW-NUT-001", json.readTree((String) entry.get("new_value")).get("sku").asText());

        given().when().get("/api/catalog/products/nueces-de-brasil-nandu-extra").then().statusCode(200)
                .body("id", is((int) id));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aTakenSkuOrSlugIsAConflictNamingTheFieldAndSavesNothing() {
        created("ZW-NUT-010");
        long outbox = outboxRows();
        long activity = activityRows();
        given().contentType(ContentType.JSON).body(createBody("ZW-NUT-010"))
                .when().post("/api/catalog/products")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("sku")).body("detail", containsString("ZW-NUT-010"));
        Map<String, Object> sameSlug = createBody("ZW-NUT-011");
        sameSlug.put("slug", "cafe-verde-arabica-grado-1");
        given().contentType(ContentType.JSON).body(sameSlug)
                .when().post("/api/catalog/products")
                .then().statusCode(409).contentType("application/problem+json").body("errors.field", contains("slug"));
        assertEquals(0, db().count("select count(*) from product where sku = 'ZW-NUT-011'"));
        assertEquals(outbox, outboxRows());
        assertEquals(activity, activityRows());
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void anInvalidNewProductNamesEveryFieldAndSavesNothing() {
        long products = db().count("select count(*) from product");
        Map<String, Object> body = createBody("zw lower");
        body.put("slug", "Not A Slug");
        body.put("unit", "barrel");
        body.put("price", null);
        body.put("specs", List.of(ProductUpdateTest.spec("Origin!", "Origen", "Origin", "Bolivia", "Bolivia"),
                ProductUpdateTest.spec("origin", " ", "Origin", "Bolivia", "Bolivia")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/catalog/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("sku", "slug", "unit", "price",
                        "specs[0].key", "specs[1].label.es"));
        Map<String, Object> duplicateKeys = createBody("ZW-NUT-020");
        duplicateKeys.put("specs", List.of(ProductUpdateTest.spec("origin", "Origen", "Origin", "Bolivia", "Bolivia"),
                ProductUpdateTest.spec("origin", "Origen", "Origin", "Perú", "Peru")));
        given().contentType(ContentType.JSON).body(duplicateKeys)
                .when().post("/api/catalog/products")
                .then().statusCode(400).body("errors.field", contains("specs[1].key"));
        Map<String, Object> unknownCategory = createBody("ZW-NUT-021");
        unknownCategory.put("categorySlug", "no-such-category");
        given().contentType(ContentType.JSON).body(unknownCategory)
                .when().post("/api/catalog/products")
                .then().statusCode(400).body("errors.field", contains("categorySlug"));
        assertEquals(products, db().count("select count(*) from product"));
    }

    @Test
    @TestSecurity(user = "vic", roles = "VIEWER")
    void aViewerReadsStaffListsButWritesNothing() {
        long products = db().count("select count(*) from product");
        given().contentType(ContentType.JSON).body(createBody("ZW-NUT-030"))
                .when().post("/api/catalog/products").then().statusCode(403);
        long id = db().productId("ZV-ESP-003");
        long version = version(id);
        given().contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/catalog/products/" + id + "/deactivate").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("stockQuantity", 1, "version", version))
                .when().put("/api/catalog/products/" + id + "/stock").then().statusCode(403);
        given().queryParam("version", version).when().delete("/api/catalog/products/" + id).then().statusCode(403);
        assertEquals(products, db().count("select count(*) from product"));
        assertEquals(version, version(id));

        given().when().get("/api/catalog/admin/products").then().statusCode(200);
        given().when().get("/api/catalog/admin/products/" + id).then().statusCode(200).body("sku", equalTo("ZV-ESP-003"));
    }

    @Test
    void anonymousCallersGetUnauthorizedOnEveryStaffEndpoint() {
        long id = db().productId("ZV-ESP-003");
        given().contentType(ContentType.JSON).body(createBody("ZW-NUT-031"))
                .when().post("/api/catalog/products").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/catalog/products/" + id + "/activate").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("stockQuantity", 1, "version", 1))
                .when().put("/api/catalog/products/" + id + "/stock").then().statusCode(401);
        given().queryParam("version", 1).when().delete("/api/catalog/products/" + id).then().statusCode(401);
        given().when().get("/api/catalog/admin/products").then().statusCode(401);
        given().when().get("/api/catalog/admin/products/" + id).then().statusCode(401);
        assertEquals(0, db().count("select count(*) from product where sku = 'ZW-NUT-031'"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void stockChangesPublishAnUpdateOfThatFieldOnly() throws Exception {
        long id = created("ZW-NUT-040");
        given().contentType(ContentType.JSON).body(Map.of("stockQuantity", 25, "version", 1))
                .when().put("/api/catalog/products/" + id + "/stock")
                .then().statusCode(200).body("stockQuantity", is(25)).body("version", is(2));
        JsonNode event = latestEvent(id);
        assertEquals(ProductChanged.UPDATED, event.get("type").asText());
        assertEquals(List.of("stockQuantity"), json.convertValue(event.get("changedFields"), List.class));
        assertEquals("product.stock-updated", latestEntry(id).get("action"));

        given().contentType(ContentType.JSON).body(Map.of("stockQuantity", 30, "version", 1))
                .when().put("/api/catalog/products/" + id + "/stock")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed meanwhile"));
        given().contentType(ContentType.JSON).body(Map.of("stockQuantity", -3, "version", 2))
                .when().put("/api/catalog/products/" + id + "/stock")
                .then().statusCode(400).body("errors.field", contains("stockQuantity"));
        assertEquals(25, ((Number) db().row("select stock_quantity from product where id = ?", id)
                .get("stock_quantity")).intValue());
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void deactivatingHidesAProductPubliclyButNotFromStaffAndActivatingBringsItBack() throws Exception {
        long id = created("ZW-NUT-050");
        given().contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/catalog/products/" + id + "/deactivate")
                .then().statusCode(200).body("active", is(false)).body("version", is(2));
        JsonNode deactivated = latestEvent(id);
        assertEquals(ProductChanged.DEACTIVATED, deactivated.get("type").asText());
        assertFalse(deactivated.get("active").asBoolean());
        assertEquals("product.deactivated", latestEntry(id).get("action"));

        given().when().get("/api/catalog/products/" + id).then().statusCode(404);
        given().queryParam("q", "ZW-NUT-050").when().get("/api/catalog/products").then().statusCode(200)
                .body("totalItems", is(0));
        given().when().get("/api/catalog/admin/products/" + id).then().statusCode(200).body("active", is(false));
        given().queryParam("q", "zw-nut-050").queryParam("active", "false")
                .when().get("/api/catalog/admin/products").then().statusCode(200)
                .body("items.sku", contains("ZW-NUT-050"));

        // already withdrawn: no new version, no event
        long outbox = outboxRows();
        given().contentType(ContentType.JSON).body(Map.of("version", 2))
                .when().post("/api/catalog/products/" + id + "/deactivate")
                .then().statusCode(200).body("version", is(2));
        assertEquals(outbox, outboxRows());
        // stale version
        given().contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/catalog/products/" + id + "/activate")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/catalog/products/" + id + "/activate")
                .then().statusCode(400).body("errors.field", contains("version"));

        given().contentType(ContentType.JSON).body(Map.of("version", 2))
                .when().post("/api/catalog/products/" + id + "/activate")
                .then().statusCode(200).body("active", is(true)).body("version", is(3));
        assertEquals(ProductChanged.ACTIVATED, latestEvent(id).get("type").asText());
        given().when().get("/api/catalog/products/" + id).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void theStaffListIncludesWithdrawnProductsAndFilters() {
        int withdrawn = (int) db().count("select count(*) from product where not active");
        assertTrue(withdrawn >= 1, "the demo catalog has a withdrawn product");
        int all = (int) db().count("select count(*) from product");
        given().queryParam("size", 100).when().get("/api/catalog/admin/products").then().statusCode(200)
                .body("totalItems", is(all));
        given().queryParam("active", "false").when().get("/api/catalog/admin/products").then().statusCode(200)
                .body("totalItems", is(withdrawn)).body("items.active", not(hasItem(true)));
        given().queryParam("category", "especias").queryParam("size", 100)
                .when().get("/api/catalog/admin/products").then().statusCode(200)
                .body("items.categorySlug", not(hasItem(not(equalTo("especias")))));
        given().queryParam("q", "100%_").when().get("/api/catalog/admin/products").then().statusCode(200)
                .body("totalItems", is(0));
        given().queryParam("active", "maybe").queryParam("category", "nope")
                .when().get("/api/catalog/admin/products").then().statusCode(400)
                .body("errors.field", contains("active"));
        given().queryParam("category", "nope").when().get("/api/catalog/admin/products").then().statusCode(400)
                .body("errors.field", contains("category"));
        given().when().get("/api/catalog/admin/products/987654").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void aDeletedProductIsGoneItsIdentifiersAreRetiredAndConsumersAreTold() throws Exception {
        long id = created("ZW-NUT-060");
        String slug = given().when().get("/api/catalog/admin/products/" + id).then().extract().path("slug");
        given().when().delete("/api/catalog/products/" + id)
                .then().statusCode(400).body("errors.field", contains("version"));
        given().queryParam("version", 7).when().delete("/api/catalog/products/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, db().count("select count(*) from product where id = ?", id));

        try (TopicReader reader = new TopicReader(ProductChanged.TOPIC)) {
            given().queryParam("version", 1).when().delete("/api/catalog/products/" + id).then().statusCode(204);

            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30)).until(
                    () -> reader.poll().stream().filter(r -> r.key().equals(String.valueOf(id))
                            && r.value().contains("\"" + ProductChanged.DELETED + "\"")).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, record.value());
            JsonNode event = json.readTree(record.value());
            assertTrue(event.get("deleted").asBoolean());
            assertFalse(event.get("active").asBoolean());
            assertEquals(2, event.get("version").asLong());
            assertEquals("ZW-NUT-060", event.get("sku").asText());
        }
        Map<String, Object> entry = latestEntry(id);
        assertEquals("product.deleted", entry.get("action"));
        assertEquals(null, entry.get("new_value"));
        assertEquals("ZW-NUT-060", json.readTree((String) entry.get("old_value")).get("sku").asText());

        given().when().get("/api/catalog/products/" + id).then().statusCode(404);
        given().when().get("/api/catalog/admin/products/" + id).then().statusCode(404);
        given().queryParam("version", 2).when().delete("/api/catalog/products/" + id).then().statusCode(404);

        given().contentType(ContentType.JSON).body(createBody("ZW-NUT-060"))
                .when().post("/api/catalog/products")
                .then().statusCode(409).body("errors.field", contains("sku"))
                .body("detail", containsString("deleted product"));
        Map<String, Object> sameSlug = createBody("ZW-NUT-061");
        sameSlug.put("slug", slug);
        given().contentType(ContentType.JSON).body(sameSlug)
                .when().post("/api/catalog/products")
                .then().statusCode(409).body("errors.field", contains("slug"))
                .body("detail", containsString("never reused"));
    }
}
