package com.zivah.catalog.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.TopicReader;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** ProductChanged v1 as produced by Java and by the V2 migration's SQL must match docs/events/ProductChanged.v1.json. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ProductChangedContractTest {

    private static final Path CONTRACT = Path.of("../docs/events/ProductChanged.v1.json");

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    private JsonNode contract() throws IOException {
        return json.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
    }

    @Test
    void recordSerializesToExactlyTheContractDocument() throws IOException {
        JsonNode contract = contract();
        ProductChanged event = new ProductChanged(UUID.fromString(contract.get("eventId").asText()),
                Instant.parse(contract.get("occurredAt").asText()), 12, 3, "ZV-CAF-001",
                "cafe-verde-arabica-grado-1", "cafe-cacao", "Café verde arábica grado 1",
                "Green arabica coffee, grade 1", "kg", new BigDecimal("4.85"), "USD", false, true);

        JsonNode produced = json.readTree(json.writeValueAsString(event));

        assertEquals(EventShape.of(contract), EventShape.of(produced), "field names and JSON types");
        assertEquals(contract, produced, "same values give the same document");
    }

    @Test
    void priceOnRequestEventKeepsThePriceFieldAsNull() throws IOException {
        ProductChanged event = new ProductChanged(UUID.randomUUID(), Instant.now(), 7, 1, "ZV-ESP-006",
                "vainilla-bourbon-vaina", "especias", "Vainilla", "Vanilla", "kg", null, "USD", true, true);

        JsonNode produced = json.readTree(json.writeValueAsString(event));

        assertEquals(EventShape.withNullPrice(EventShape.of(contract())), EventShape.of(produced));
    }

    @Test
    void demoMigrationPayloadsMatchTheContract() throws IOException {
        Map<String, com.fasterxml.jackson.databind.node.JsonNodeType> shape = EventShape.of(contract());
        CatalogDatabase db = new CatalogDatabase(dataSource);
        List<Map<String, Object>> rows = db.rows("select o.id, o.topic, o.event_key, o.event_type, o.payload, "
                + "p.sku, p.slug from outbox_event o join product p on p.id::text = o.event_key "
                + "where (o.payload::jsonb ->> 'version') = '1'");

        assertEquals(db.count("select count(*) from product"), rows.size(), "one v1 event per demo product");
        for (Map<String, Object> row : rows) {
            JsonNode payload = json.readTree((String) row.get("payload"));
            boolean onRequest = payload.get("priceOnRequest").asBoolean();
            assertEquals(onRequest ? EventShape.withNullPrice(shape) : shape, EventShape.of(payload),
                    "shape of " + row.get("sku"));
            assertEquals(row.get("id").toString(), payload.get("eventId").asText(), "row id is the event id");
            assertEquals(row.get("event_key"), payload.get("productId").asText(), "key is the product id");
            assertTrue(payload.get("productId").isIntegralNumber() && payload.get("version").isIntegralNumber());
            assertEquals("zivah.catalog.product.v1", row.get("topic"));
            assertEquals("ProductChanged", row.get("event_type"));
            assertEquals(row.get("sku"), payload.get("sku").asText());
            assertEquals(row.get("slug"), payload.get("slug").asText());
            Instant.parse(payload.get("occurredAt").asText());
        }
    }

    @Test
    void demoCatalogEventsAllReachKafka() {
        CatalogDatabase db = new CatalogDatabase(dataSource);
        Set<String> productIds = db.rows("select id::text as id from product").stream()
                .map(r -> (String) r.get("id")).collect(Collectors.toSet());

        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("select count(*) from outbox_event where published_at is null "
                        + "and (payload::jsonb ->> 'version') = '1'") == 0);

        try (TopicReader reader = new TopicReader(ProductChanged.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> versionOneKeys(reader.poll()).containsAll(productIds));
            ConsumerRecord<String, String> any = reader.poll().get(0);
            assertEquals("ProductChanged", new String(any.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
        }
    }

    private Set<String> versionOneKeys(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> {
            try {
                return json.readTree(r.value()).get("version").asLong() == 1;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
