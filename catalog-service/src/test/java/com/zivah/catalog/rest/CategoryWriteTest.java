package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.event.CategoryChanged;
import com.zivah.catalog.event.CompactedTopics;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Staff category writes: create, update, delete (refused while products use it), reorder; roles, validation, 409s,
 * activity entries and CategoryChanged events conforming to docs/events/CategoryChanged.v1.schema.json.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryWriteTest {

    private static final String CONTRACT = "CategoryChanged.v1";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    @AfterAll
    void deleteTestCategories() {
        db().execute("delete from product where sku like 'ZC-%'");
        db().execute("delete from category where slug like 'zc-%' or slug like 'maquinaria%'");
    }

    static Map<String, Object> body(String slug, String nameEs, String color) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (slug != null) {
            body.put("slug", slug);
        }
        body.put("name", Map.of("es", nameEs, "en", "Machinery " + nameEs));
        body.put("description", Map.of("es", "Equipos para la industria.", "en", "Equipment for industry."));
        body.put("icon", "gear");
        body.put("color", color);
        return body;
    }

    private long version(long id) {
        return db().count("select version from category where id = ?", id);
    }

    private JsonNode latestEvent(long id) throws Exception {
        Map<String, Object> row = db().rows("select event_type, payload from outbox_event where topic = ? and "
                + "event_key = ? order by created_at desc limit 1", CategoryChanged.TOPIC, String.valueOf(id)).get(0);
        String payload = (String) row.get("payload");
        EventContracts.assertConforms(CONTRACT, payload);
        JsonNode event = json.readTree(payload);
        assertEquals(row.get("event_type"), event.get("type").asText());
        return event;
    }

    private Map<String, Object> latestEntry(String entityId) {
        return db().rows("select actor, action, old_value::text as old_value, new_value::text as new_value "
                + "from activity_log where entity_type = 'category' and entity_id = ? order by id desc limit 1",
                entityId).get(0);
    }

    @Test
    void theRecordSerializesToExactlyTheContractExampleAndEveryTypeHasOne() throws Exception {
        JsonNode example = json.readTree(EventContracts.example(CONTRACT));
        CategoryChanged event = new CategoryChanged(UUID.fromString(example.get("eventId").asText()),
                Instant.parse(example.get("occurredAt").asText()), CategoryChanged.UPDATED, 1, 2, "cafe-cacao",
                "Café y cacao", "Coffee & cocoa", "Café verde y tostado de origen único.",
                "Single-origin green and roasted coffee.", "coffee", "#6F4E37", 10, false);
        String produced = json.writeValueAsString(event);
        EventContracts.assertConforms(CONTRACT, produced);
        assertEquals(example, json.readTree(produced));
        for (String type : CategoryChanged.TYPES) {
            String typed = EventContracts.example(CONTRACT + "." + type);
            EventContracts.assertConforms(CONTRACT, typed);
            assertEquals(type, json.readTree(typed).get("type").asText());
        }
        assertTrue(CompactedTopics.TOPICS.contains(CategoryChanged.TOPIC), "the category topic is kept compacted");
    }

    @Test
    void theDemoCategoriesArePublishedWithTheirColours() throws Exception {
        List<Map<String, Object>> rows = db().rows("select o.payload from outbox_event o where o.topic = ? "
                + "and o.event_type = ?", CategoryChanged.TOPIC, CategoryChanged.CREATED);
        assertTrue(rows.size() >= 7, "one CategoryCreated per demo category");
        for (Map<String, Object> row : rows) {
            EventContracts.assertConforms(CONTRACT, (String) row.get("payload"));
        }
        given().when().get("/api/catalog/categories").then().statusCode(200)
                .body("find { it.slug == 'cafe-cacao' }.color", equalTo("#6F4E37"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aManagerCreatesUpdatesAndDeletesACategory() throws Exception {
        var created = given().contentType(ContentType.JSON).body(body(null, "Maquinaria agrícola", "#12ab9f"))
                .when().post("/api/catalog/categories")
                .then().statusCode(201)
                .body("slug", equalTo("maquinaria-agricola"))
                .body("color", equalTo("#12AB9F"))
                .body("version", is(1))
                .extract().jsonPath();
        long id = created.getLong("id");
        int last = given().when().get("/api/catalog/categories").then().extract().jsonPath()
                .<Integer>getList("sortOrder").stream().max(Integer::compare).orElseThrow();
        assertEquals(last, created.getInt("sortOrder"), "a new category goes last");
        JsonNode event = latestEvent(id);
        assertEquals(CategoryChanged.CREATED, event.get("type").asText());
        assertEquals("category.created", latestEntry(String.valueOf(id)).get("action"));

        Map<String, Object> update = body(null, "Maquinaria", "#000000");
        update.put("version", 1);
        given().contentType(ContentType.JSON).body(update)
                .when().put("/api/catalog/categories/" + id)
                .then().statusCode(200).body("name.es", equalTo("Maquinaria")).body("version", is(2));
        assertEquals(CategoryChanged.UPDATED, latestEvent(id).get("type").asText());
        Map<String, Object> entry = latestEntry(String.valueOf(id));
        assertEquals("category.updated", entry.get("action"));
        assertEquals("Maquinaria agrícola", json.readTree((String) entry.get("old_value")).get("name").get("es").asText());

        // stale version, changed slug, missing version
        given().contentType(ContentType.JSON).body(update)
                .when().put("/api/catalog/categories/" + id)
                .then().statusCode(409).body("detail", containsString("changed meanwhile"));
        Map<String, Object> renamed = body("otro-slug", "Maquinaria", "#000000");
        renamed.put("version", 2);
        given().contentType(ContentType.JSON).body(renamed)
                .when().put("/api/catalog/categories/" + id)
                .then().statusCode(400).body("errors.field", contains("slug"));
        given().contentType(ContentType.JSON).body(body(null, "Maquinaria", "#000000"))
                .when().put("/api/catalog/categories/" + id)
                .then().statusCode(400).body("errors.field", contains("version"));

        try (TopicReader reader = new TopicReader(CategoryChanged.TOPIC)) {
            given().queryParam("version", 2).when().delete("/api/catalog/categories/" + id).then().statusCode(204);
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30)).until(
                    () -> reader.poll().stream().filter(r -> r.key().equals(String.valueOf(id))
                            && r.value().contains(CategoryChanged.DELETED)).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            EventContracts.assertConforms(CONTRACT, record.value());
            assertTrue(json.readTree(record.value()).get("deleted").asBoolean());
        }
        assertEquals(0, db().count("select count(*) from category where id = ?", id));
        assertEquals("category.deleted", latestEntry(String.valueOf(id)).get("action"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void invalidOrDuplicateCategoriesAreRefusedAndNothingIsSaved() {
        long categories = db().count("select count(*) from category");
        given().contentType(ContentType.JSON).body(body("cafe-cacao", "Otro café", "#112233"))
                .when().post("/api/catalog/categories")
                .then().statusCode(409).contentType("application/problem+json").body("errors.field", contains("slug"));
        Map<String, Object> invalid = body("Bad Slug", " ", "red");
        given().contentType(ContentType.JSON).body(invalid)
                .when().post("/api/catalog/categories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("slug", "name.es", "color"));
        assertEquals(categories, db().count("select count(*) from category"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aCategoryWithProductsCannotBeDeletedAndTheMessageSaysHowMany() {
        long id = given().contentType(ContentType.JSON).body(body("zc-full", "Llena", "#334455"))
                .when().post("/api/catalog/categories").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String sku : List.of("ZC-001", "ZC-002")) {
            Map<String, Object> product = ProductWriteTest.createBody(sku);
            product.put("categorySlug", "zc-full");
            product.put("active", sku.equals("ZC-001"));
            given().contentType(ContentType.JSON).body(product).when().post("/api/catalog/products")
                    .then().statusCode(201);
        }
        long events = db().count("select count(*) from outbox_event");
        given().queryParam("version", 1).when().delete("/api/catalog/categories/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("still has 2 products"));
        assertEquals(1, db().count("select count(*) from category where id = ?", id));
        assertEquals(events, db().count("select count(*) from outbox_event"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void reorderingNeedsEveryCategoryOnceAndPublishesTheMovedOnes() throws Exception {
        List<String> original = given().when().get("/api/catalog/categories").jsonPath().getList("slug");
        List<String> reversed = new ArrayList<>(original);
        Collections.reverse(reversed);

        List<String> missing = reversed.subList(1, reversed.size());
        List<String> repeated = new ArrayList<>(reversed);
        repeated.add(reversed.get(0));
        List<String> unknown = new ArrayList<>(reversed);
        unknown.set(0, "no-such-category");
        for (List<String> wrong : List.of(missing, repeated, unknown)) {
            given().contentType(ContentType.JSON).body(Map.of("slugs", wrong))
                    .when().put("/api/catalog/categories/order")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("slugs"))
                    .body("errors[0].message", containsString("exactly once"));
        }
        assertEquals(original, given().when().get("/api/catalog/categories").jsonPath().getList("slug"));

        long entries = db().count("select count(*) from activity_log where action = 'category.reordered'");
        given().contentType(ContentType.JSON).body(Map.of("slugs", reversed))
                .when().put("/api/catalog/categories/order")
                .then().statusCode(200).body("slug", equalTo(reversed));
        assertEquals(reversed, given().when().get("/api/catalog/categories").jsonPath().getList("slug"));
        long first = db().count("select id from category where slug = ?", reversed.get(0));
        JsonNode event = latestEvent(first);
        assertEquals(CategoryChanged.REORDERED, event.get("type").asText());
        assertEquals(10, event.get("sortOrder").asInt());
        assertEquals(entries + 1, db().count("select count(*) from activity_log where action = 'category.reordered'"));

        given().contentType(ContentType.JSON).body(Map.of("slugs", original))
                .when().put("/api/catalog/categories/order").then().statusCode(200).body("slug", equalTo(original));
    }

    @Test
    @TestSecurity(user = "vic", roles = "VIEWER")
    void aViewerCannotWriteCategories() {
        long id = db().count("select min(id) from category");
        given().contentType(ContentType.JSON).body(body("zc-viewer", "Visor", "#112233"))
                .when().post("/api/catalog/categories").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("slugs", List.of()))
                .when().put("/api/catalog/categories/order").then().statusCode(403);
        given().queryParam("version", 1).when().delete("/api/catalog/categories/" + id).then().statusCode(403);
        assertEquals(0, db().count("select count(*) from category where slug = 'zc-viewer'"));
    }

    @Test
    void anonymousCannotWriteCategories() {
        long id = db().count("select min(id) from category");
        given().contentType(ContentType.JSON).body(body("zc-anon", "Anónimo", "#112233"))
                .when().post("/api/catalog/categories").then().statusCode(401);
        Map<String, Object> update = body(null, "Anónimo", "#112233");
        update.put("version", 1);
        given().contentType(ContentType.JSON).body(update)
                .when().put("/api/catalog/categories/" + id).then().statusCode(401);
        given().queryParam("version", 1).when().delete("/api/catalog/categories/" + id).then().statusCode(401);
        assertEquals(0, db().count("select count(*) from category where slug = 'zc-anon'"));
    }
}
