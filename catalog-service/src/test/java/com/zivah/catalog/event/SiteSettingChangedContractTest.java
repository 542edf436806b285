package com.zivah.catalog.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.CatalogDatabase;
import com.zivah.catalog.SettingType;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What the catalog really publishes for a changed setting conforms to docs/events/SiteSettingChanged.v1.schema.json. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class SiteSettingChangedContractTest {

    static final String CONTRACT = "SiteSettingChanged.v1";

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void theRecordSerializesToExactlyTheContractExample() throws IOException {
        JsonNode example = json.readTree(EventContracts.example(CONTRACT));
        SiteSettingChanged event = new SiteSettingChanged(UUID.fromString(example.get("eventId").asText()),
                Instant.parse(example.get("occurredAt").asText()), "contact-email", SettingType.TEXT,
                json.getNodeFactory().textNode("contacto@zivah.com"), true, 2);

        String produced = json.writeValueAsString(event);

        EventContracts.assertConforms(CONTRACT, produced);
        assertEquals(example, json.readTree(produced), "same values give the same document");
    }

    @Test
    void theSchemaRefusesAValueOfAnotherType() {
        String wrong = "{\"eventId\": \"6f1d2a8e-3c4b-4e5f-9a7b-1c2d3e4f5a6b\", \"occurredAt\": \"2026-12-01T12:00:00Z\", "
                + "\"key\": \"show-stock-levels\", \"type\": \"BOOLEAN\", \"value\": \"yes\", \"public\": true, \"version\": 2}";
        assertFalse(EventContracts.violations(CONTRACT, wrong).isEmpty());
    }

    @Test
    void everySettingIsOnTheTopicFromTheStartSoAConsumerNeverUsesItsOwnDefaults() {
        CatalogDatabase db = new CatalogDatabase(dataSource);
        List<String> keys = db.rows("select setting_key from site_setting").stream()
                .map(r -> (String) r.get("setting_key")).toList();
        try (TopicReader reader = new TopicReader(SiteSettingChanged.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                List<ConsumerRecord<String, String>> records = reader.poll();
                return keys.stream().allMatch(k -> records.stream().anyMatch(r -> k.equals(r.key())));
            });
            JsonNode sales = reader.poll().stream().filter(r -> "sales-notification-email".equals(r.key()))
                    .map(this::tree).findFirst().orElseThrow();
            EventContracts.assertConforms(CONTRACT, sales.toString());
            assertFalse(sales.get("public").asBoolean());
            assertTrue(sales.get("value").asText().contains("@"));
        }
    }

    @Test
    @TestSecurity(user = "ada", roles = "ADMIN")
    void everyPublishedSettingEventConformsToTheSchema() {
        Map<String, Object> changes = Map.of(
                "contact-email", "hola@zivah.com",
                "quote-validity-days", 15,
                "show-stock-levels", true,
                "social-links", Map.of("linkedin", "https://www.linkedin.com/company/zivah"),
                "sales-notification-email", "pedidos@zivah.com");
        Map<String, Long> versions = new java.util.HashMap<>();
        changes.forEach((key, value) -> versions.put(key, put(key, value)));

        try (TopicReader reader = new TopicReader(SiteSettingChanged.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                List<ConsumerRecord<String, String>> records = reader.poll();
                return versions.entrySet().stream()
                        .allMatch(v -> find(records, v.getKey(), v.getValue()).isPresent());
            });
            List<ConsumerRecord<String, String>> records = reader.poll();
            for (ConsumerRecord<String, String> record : records) {
                EventContracts.assertConforms(CONTRACT, record.value());
                JsonNode event = tree(record);
                assertEquals(event.get("key").asText(), record.key(), "key is the setting key");
                assertEquals(SiteSettingChanged.TYPE, header(record, "event-type"));
                assertEquals(event.get("eventId").asText(), header(record, "event-id"));
            }
            JsonNode days = find(records, "quote-validity-days", versions.get("quote-validity-days")).orElseThrow();
            assertEquals("NUMBER", days.get("type").asText());
            assertEquals(15, days.get("value").asInt());
            assertTrue(days.get("value").isNumber());
            JsonNode sales = find(records, "sales-notification-email", versions.get("sales-notification-email")).orElseThrow();
            assertFalse(sales.get("public").asBoolean());
            assertEquals("pedidos@zivah.com", sales.get("value").asText());
        }
        CatalogDatabase db = new CatalogDatabase(dataSource);
        for (Map<String, Object> row : db.rows("select payload, event_type from outbox_event where topic = ?",
                SiteSettingChanged.TOPIC)) {
            EventContracts.assertConforms(CONTRACT, (String) row.get("payload"));
            assertEquals(SiteSettingChanged.TYPE, row.get("event_type"));
        }
    }

    private long put(String key, Object value) {
        long version = given().when().get("/api/catalog/settings").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.key == '" + key + "' }.version");
        return given().contentType(ContentType.JSON).body(Map.of("value", value, "version", version))
                .when().put("/api/catalog/settings/" + key)
                .then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private Optional<JsonNode> find(List<ConsumerRecord<String, String>> records, String key, long version) {
        return records.stream().filter(r -> key.equals(r.key())).map(this::tree)
                .filter(e -> e.get("version").asLong() == version).findFirst();
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
