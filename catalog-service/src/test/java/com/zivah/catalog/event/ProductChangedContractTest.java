package com.zivah.catalog.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.api.Spec;
import com.zivah.testsupport.EventContracts;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What the catalog really publishes conforms to docs/events/ProductChanged.v1.schema.json: the demo catalog's
 * events (outbox rows and Kafka records), an edited product and a product switched to "price on request"; the
 * examples of every type conform too. The other writes' events are checked in rest/ProductWriteTest.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ProductChangedContractTest {

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void theRecordSerializesToExactlyTheContractExample() throws IOException {
        JsonNode example = json.readTree(EventContracts.example(EventContracts.PRODUCT_CHANGED_V1));
        List<Spec> specs = List.of(
                new Spec("origin", new Spec.Label("Origen", "Origin"), new Spec.Value("Colombia", "Colombia")),
                new Spec("packaging", new Spec.Label("Embalaje", "Packaging"),
                        new Spec.Value("Sacos de yute de 70 kg con bolsa GrainPro", "70 kg jute bags with GrainPro liner")),
                new Spec("hsCode", new Spec.Label("Código SA", "HS code"), new Spec.Value("0901.11", "0901.11")));
        ProductChanged event = new ProductChanged(UUID.fromString(example.get("eventId").asText()),
                Instant.parse(example.get("occurredAt").asText()), 12, 3, "ZV-CAF-001",
                "cafe-verde-arabica-grado-1", "cafe-cacao", "Café verde arábica grado 1",
                "Green arabica coffee, grade 1", "kg", new BigDecimal("4.85"), "USD", false, true,
                ProductChanged.UPDATED, List.of("description", "stockQuantity"),
                "Café arábica lavado de altura (1.400-1.800 m), zaranda 15 y superior.",
                "Washed high-grown arabica (1,400-1,800 m), screen 15 and up.", specs, 1000, 42000, false,
                Instant.parse("2026-11-20T09:30:00Z"));

        String produced = json.writeValueAsString(event);

        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, produced);
        assertEquals(example, json.readTree(produced), "same values give the same document");
    }

    @Test
    void thereIsAConformingExampleOfEveryTypeAndTheSchemaRefusesInconsistentOnes() throws IOException {
        for (String type : ProductChanged.TYPES) {
            String example = EventContracts.example(EventContracts.PRODUCT_CHANGED_V1 + "." + type);
            EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, example);
            assertEquals(type, json.readTree(example).get("type").asText());
        }
        com.fasterxml.jackson.databind.node.ObjectNode deletedButActive = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(EventContracts.example(EventContracts.PRODUCT_CHANGED_V1 + "." + ProductChanged.DELETED));
        deletedButActive.put("active", true);
        assertTrue(!EventContracts.violations(EventContracts.PRODUCT_CHANGED_V1, deletedButActive.toString()).isEmpty());
        com.fasterxml.jackson.databind.node.ObjectNode unknownType = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(EventContracts.example(EventContracts.PRODUCT_CHANGED_V1));
        unknownType.put("type", "ProductChanged");
        assertTrue(!EventContracts.violations(EventContracts.PRODUCT_CHANGED_V1, unknownType.toString()).isEmpty());
    }

    @Test
    void theDemoCatalogEnqueuesOneConformingEventPerProduct() throws IOException {
        CatalogDatabase db = new CatalogDatabase(dataSource);
        List<Map<String, Object>> rows = db.rows("select o.id, o.topic, o.event_key, o.event_type, o.payload, "
                + "p.sku, p.slug from outbox_event o join product p on p.id::text = o.event_key "
                + "where o.topic = '" + ProductChanged.TOPIC + "' and (o.payload::jsonb ->> 'version') = '1'");

        assertEquals(db.count("select count(*) from product"), rows.size(), "one v1 event per demo product");
        for (Map<String, Object> row : rows) {
            String payload = (String) row.get("payload");
            EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, payload);
            JsonNode event = json.readTree(payload);
            assertEquals(row.get("id").toString(), event.get("eventId").asText(), "row id is the event id");
            assertEquals(row.get("event_key"), event.get("productId").asText(), "key is the product id");
            assertEquals(ProductChanged.TOPIC, row.get("topic"));
            assertEquals(ProductChanged.CREATED, row.get("event_type"));
            assertEquals(ProductChanged.CREATED, event.get("type").asText());
            assertEquals(row.get("sku"), event.get("sku").asText());
            assertEquals(row.get("slug"), event.get("slug").asText());
        }
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void everyPublishedEventConformsToTheSchema() throws IOException {
        CatalogDatabase db = new CatalogDatabase(dataSource);
        Set<String> productIds = db.rows("select id::text as id from product").stream()
                .map(r -> (String) r.get("id")).collect(Collectors.toSet());
        long edited = idOf(db, "ZV-FSE-001");
        long edit = put(edited, Map.of("price", new BigDecimal("9.99"), "stockQuantity", 4321));
        long onRequest = idOf(db, "ZV-GRL-001");
        Map<String, Object> changes = new HashMap<>();
        changes.put("price", null);
        changes.put("priceOnRequest", true);
        long onRequestVersion = put(onRequest, changes);

        try (TopicReader reader = new TopicReader(ProductChanged.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Set<String> seen = keysAt(reader.poll());
                return seen.containsAll(productIds.stream().map(id -> id + "@1").toList())
                        && seen.contains(edited + "@" + edit) && seen.contains(onRequest + "@" + onRequestVersion);
            });
            List<ConsumerRecord<String, String>> records = reader.poll();
            for (ConsumerRecord<String, String> record : records) {
                EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, record.value());
                JsonNode event = json.readTree(record.value());
                assertEquals(event.get("productId").asText(), record.key(), "key is the product id");
                assertEquals(event.get("type").asText(), header(record, "event-type"), "event-type is the type");
                assertEquals(event.get("eventId").asText(), header(record, "event-id"));
            }
            JsonNode onRequestEvent = records.stream().map(this::tree)
                    .filter(e -> e.get("productId").asLong() == onRequest && e.get("version").asLong() == onRequestVersion)
                    .findFirst().orElseThrow();
            assertTrue(onRequestEvent.get("priceOnRequest").asBoolean());
            assertTrue(onRequestEvent.has("price") && onRequestEvent.get("price").isNull(), onRequestEvent.toString());
            assertEquals(ProductChanged.PRICE_CHANGED, onRequestEvent.get("type").asText());
            JsonNode editedEvent = records.stream().map(this::tree)
                    .filter(e -> e.get("productId").asLong() == edited && e.get("version").asLong() == edit)
                    .findFirst().orElseThrow();
            assertEquals(ProductChanged.PRICE_CHANGED, editedEvent.get("type").asText());
            assertEquals(List.of("price", "stockQuantity"), json.convertValue(editedEvent.get("changedFields"),
                    List.class));
            assertEquals(4321, editedEvent.get("stockQuantity").asInt());
        }
    }

    /** GET the product, change some fields and PUT it back; returns the new version. */
    private long put(long id, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(given().when().get("/api/catalog/products/" + id)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        body.remove("id");
        body.remove("sku");
        body.remove("slug");
        body.remove("createdAt");
        body.remove("updatedAt");
        body.putAll(changes);
        return given().contentType(ContentType.JSON).body(body)
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static long idOf(CatalogDatabase db, String sku) {
        return ((Number) db.row("select id from product where sku = ?", sku).get("id")).longValue();
    }

    private Set<String> keysAt(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> r.key() + "@" + tree(r).get("version").asLong()).collect(Collectors.toSet());
    }

    private JsonNode tree(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
