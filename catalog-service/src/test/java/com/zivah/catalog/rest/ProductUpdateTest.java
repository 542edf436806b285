package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.event.TopicReader;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ProductUpdateTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private CatalogDatabase db() {
        return new CatalogDatabase(dataSource);
    }

    private long idOf(String sku) {
        return db().productId(sku);
    }

    private long versionOf(long id) {
        return db().productVersion(id);
    }

    private long outboxRowsFor(long id) {
        return db().count("select count(*) from outbox_event where event_key = ?", String.valueOf(id));
    }

    /** One specification line of a write body. */
    static Map<String, Object> spec(String key, String labelEs, String labelEn, String valueEs, String valueEn) {
        return Map.of("key", key, "label", Map.of("es", labelEs, "en", labelEn), "value",
                Map.of("es", valueEs, "en", valueEn));
    }

    /** A complete, valid update body; tests change one thing in it. */
    static Map<String, Object> validBody(long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categorySlug", "especias");
        body.put("name", Map.of("es", "Pimienta negra entera 570 g/l", "en", "Whole black pepper 570 g/l"));
        body.put("description", Map.of("es", "Pimienta negra de alta densidad.", "en", "High-density black pepper."));
        body.put("specs", List.of(spec("origin", "Origen", "Origin", "Brasil", "Brazil"),
                spec("hsCode", "Código SA", "HS code", "0904.11", "0904.11")));
        body.put("unit", "kg");
        body.put("minOrderQuantity", 750);
        body.put("price", new BigDecimal("6.95"));
        body.put("currency", "USD");
        body.put("priceOnRequest", false);
        body.put("stockQuantity", 12000);
        body.put("active", true);
        body.put("version", version);
        return body;
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void managerUpdatesAProductAndItsNewVersionArrivesOnKafka() {
        long id = idOf("ZV-ESP-001");
        long before = versionOf(id);

        try (TopicReader reader = new TopicReader(ProductChanged.TOPIC)) {
            given().contentType(ContentType.JSON).body(validBody(versionOf(id)))
                    .when().put("/api/catalog/products/" + id)
                    .then().statusCode(200)
                    .body("version", is((int) before + 1))
                    .body("name.en", equalTo("Whole black pepper 570 g/l"))
                    .body("price", is(6.95f))
                    .body("minOrderQuantity", is(750))
                    .body("specs.key", contains("origin", "hsCode"))
                    .body("specs[0].value.es", equalTo("Brasil"))
                    .body("specs[0].label.en", equalTo("Origin"));

            Map<String, Object> stored = db().row("select name_es, price, min_order_quantity, version, specs::text "
                    + "as specs from product where id = ?", id);
            assertEquals("Pimienta negra entera 570 g/l", stored.get("name_es"));
            assertEquals(0, new BigDecimal("6.95").compareTo((BigDecimal) stored.get("price")));
            assertEquals(before + 1, ((Number) stored.get("version")).longValue());

            JsonNode event = await().atMost(Duration.ofSeconds(30))
                    .until(() -> eventFor(reader.poll(), id, before + 1), Optional::isPresent).orElseThrow();
            assertEquals(id, event.get("productId").asLong());
            assertEquals("ZV-ESP-001", event.get("sku").asText());
            assertEquals("especias", event.get("categorySlug").asText());
            assertEquals("Whole black pepper 570 g/l", event.get("nameEn").asText());
            assertEquals(0, new BigDecimal("6.95").compareTo(event.get("price").decimalValue()));
            assertEquals(true, event.get("active").asBoolean());
        }
        given().when().get("/api/catalog/products/" + id).then().statusCode(200).body("version", is((int) before + 1));
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void withdrawingAProductToPriceOnRequestAndInactivePublishesIt() {
        long id = idOf("ZV-ESP-007");
        long before = versionOf(id);
        Map<String, Object> body = validBody(versionOf(id));
        body.put("price", null);
        body.put("priceOnRequest", true);
        body.put("active", false);
        body.put("name", Map.of("es", "Clavo de olor entero", "en", "Whole cloves"));

        try (TopicReader reader = new TopicReader(ProductChanged.TOPIC)) {
            given().contentType(ContentType.JSON).body(body)
                    .when().put("/api/catalog/products/" + id)
                    .then().statusCode(200).body("active", is(false)).body("price", nullValue());

            JsonNode event = await().atMost(Duration.ofSeconds(30))
                    .until(() -> eventFor(reader.poll(), id, before + 1), Optional::isPresent).orElseThrow();
            assertEquals(false, event.get("active").asBoolean());
            assertEquals(true, event.get("priceOnRequest").asBoolean());
            assertEquals(true, event.get("price").isNull());
        }
        given().when().get("/api/catalog/products/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "vic", roles = "VIEWER")
    void viewerIsForbidden() {
        long id = idOf("ZV-ESP-002");
        long before = versionOf(id);
        given().contentType(ContentType.JSON).body(validBody(versionOf(id)))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
        assertEquals(before, versionOf(id));
    }

    @Test
    void anonymousIsUnauthorized() {
        long id = idOf("ZV-ESP-002");
        long before = versionOf(id);
        given().contentType(ContentType.JSON).body(validBody(versionOf(id)))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(401);
        assertEquals(before, versionOf(id));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void malformedJsonIsABadRequestProblem() {
        long id = idOf("ZV-ESP-002");
        given().contentType(ContentType.JSON).body("{not json")
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"));
        given().contentType(ContentType.JSON).body("{\"name\": {\"es\": \"x\",")
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("minOrderQuantity", "many"))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("minOrderQuantity"));
        given().contentType(ContentType.JSON)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void invalidFieldsAreNamedAndNothingIsSaved() {
        long id = idOf("ZV-ESP-002");
        long version = versionOf(id);
        long events = outboxRowsFor(id);

        Map<String, Object> body = validBody(versionOf(id));
        body.put("minOrderQuantity", 0);
        body.put("stockQuantity", -1);
        body.put("unit", "barrel");
        body.put("name", Map.of("es", " ", "en", "Cumin"));
        body.remove("active");
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("active", "minOrderQuantity", "name.es", "stockQuantity", "unit"));

        assertEquals(version, versionOf(id));
        assertEquals(events, outboxRowsFor(id));
        assertEquals("Comino en grano", db().row("select name_es from product where id = ?", id).get("name_es"));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void anEditBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        long id = idOf("ZV-ESP-005");
        long read = versionOf(id);
        // two editors read the same version; the first one saves
        given().contentType(ContentType.JSON).body(validBody(read))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(200).body("version", is((int) read + 1));
        long version = versionOf(id);
        long outbox = outboxRowsFor(id);
        // the second one's edit, based on what it read, must not overwrite the first one's
        given().contentType(ContentType.JSON).body(validBody(read))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://zivah.com/problems/conflict"));
        Map<String, Object> noVersion = validBody(version);
        noVersion.remove("version");
        given().contentType(ContentType.JSON).body(noVersion)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).body("errors.field", contains("version"));
        assertEquals(version, versionOf(id));
        assertEquals(outbox, outboxRowsFor(id));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void priceMustMatchPriceOnRequest() {
        long id = idOf("ZV-ESP-002");
        long version = versionOf(id);
        Map<String, Object> missingPrice = validBody(versionOf(id));
        missingPrice.put("price", null);
        given().contentType(ContentType.JSON).body(missingPrice)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).body("errors.field", contains("price"));

        Map<String, Object> both = new HashMap<>(validBody(versionOf(id)));
        both.put("priceOnRequest", true);
        given().contentType(ContentType.JSON).body(both)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).body("errors.field", contains("price"));
        assertEquals(version, versionOf(id));
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void unknownCategoryOrProductIsRejected() {
        long id = idOf("ZV-ESP-002");
        long version = versionOf(id);
        Map<String, Object> body = validBody(versionOf(id));
        body.put("categorySlug", "no-such-category");
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("categorySlug"));
        assertEquals(version, versionOf(id));

        given().contentType(ContentType.JSON).body(validBody(1))
                .when().put("/api/catalog/products/987654")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private Optional<JsonNode> eventFor(List<ConsumerRecord<String, String>> records, long id, long version) {
        for (ConsumerRecord<String, String> record : records) {
            if (!String.valueOf(id).equals(record.key())) {
                continue;
            }
            try {
                JsonNode event = json.readTree(record.value());
                if (event.get("version").asLong() == version) {
                    return Optional.of(event);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return Optional.empty();
    }
}
