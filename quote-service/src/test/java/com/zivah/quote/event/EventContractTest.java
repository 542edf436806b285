package com.zivah.quote.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Both sides of the event contracts in docs/events, checked with the application's own ObjectMapper. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class EventContractTest {

    static final Path CONTRACTS = Path.of("..", "docs", "events");

    @Inject
    ObjectMapper json;

    static String contract(String file) throws Exception {
        return Files.readString(CONTRACTS.resolve(file));
    }

    @Test
    void consumerReadsTheProductChangedContract() throws Exception {
        ProductChanged e = json.readValue(contract("ProductChanged.v1.json"), ProductChanged.class);
        assertEquals(UUID.fromString("0b9d3c1e-5f57-4c0e-9a39-6b1c2b7d8e11"), e.eventId());
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), e.occurredAt());
        assertEquals(12L, e.productId());
        assertEquals(3L, e.version());
        assertEquals("ZV-CAF-001", e.sku());
        assertEquals("cafe-verde-arabica-grado-1", e.slug());
        assertEquals("cafe-cacao", e.categorySlug());
        assertEquals("Café verde arábica grado 1", e.nameEs());
        assertEquals("Green arabica coffee, grade 1", e.nameEn());
        assertEquals("kg", e.unit());
        assertEquals(new BigDecimal("4.85"), e.price());
        assertEquals("USD", e.currency());
        assertFalse(e.priceOnRequest());
        assertTrue(e.active());
        assertEquals(null, e.missingField(), "the contract example is complete for the snapshot");
    }

    @Test
    void consumerIgnoresFieldsAddedLater() throws Exception {
        JsonNode withExtra = json.readTree(contract("ProductChanged.v1.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) withExtra).put("brandNew", "x");
        ProductChanged e = json.treeToValue(withExtra, ProductChanged.class);
        assertEquals(12L, e.productId());
    }

    @Test
    void producerWritesExactlyTheQuoteSubmittedContract() throws Exception {
        JsonNode expected = json.readTree(contract("QuoteSubmitted.v1.json"));
        QuoteSubmitted event = new QuoteSubmitted(
                UUID.fromString("6f1c8a52-2d4e-4b8f-9d61-3c2a7e5b9f04"),
                Instant.parse("2026-11-25T12:05:00Z"),
                42L,
                "ZQ-2026-000042",
                "es",
                new QuoteSubmitted.Customer("Ana Pérez", "ana.perez@example.com", "+34 600 123 456",
                        "Importaciones Pérez SL", "ES"),
                "Entrega CIF Valencia, por favor.",
                List.of(new QuoteSubmitted.Item(12L, "ZV-CAF-001", "Café verde arábica grado 1", 500, "kg")));
        JsonNode actual = json.readTree(json.writeValueAsString(event));
        assertEquals(expected, actual);
        assertEquals(JsonShape.of(expected), JsonShape.of(actual));
    }
}
