package com.zivah.notification.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.testsupport.EventContracts;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of docs/events/QuoteSubmitted.v1.schema.json: the contract's example conforms and reads into our
 * record completely, and the fixtures the other tests send are built from it ({@link QuoteEvents} checks each one
 * against the schema before sending).
 */
class QuoteSubmittedContractTest {

    // strict about unknown properties: only the record's own @JsonIgnoreProperties may let them through
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void exampleConformsToTheSchema() {
        EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, QuoteEvents.exampleJson());
    }

    @Test
    void exampleDeserializesWithEveryField() throws Exception {
        QuoteSubmitted event = json.readValue(QuoteEvents.exampleJson(), QuoteSubmitted.class);

        assertEquals(UUID.fromString("6f1c8a52-2d4e-4b8f-9d61-3c2a7e5b9f04"), event.eventId());
        assertEquals(Instant.parse("2026-11-25T12:05:00Z"), event.occurredAt());
        assertEquals(42L, event.quoteId());
        assertEquals("ZQ-2026-000042", event.quoteNumber());
        assertEquals("es", event.locale());
        assertEquals("Ana Pérez", event.customer().name());
        assertEquals("ana.perez@example.com", event.customer().email());
        assertEquals("+34 600 123 456", event.customer().phone());
        assertEquals("Importaciones Pérez SL", event.customer().company());
        assertEquals("ES", event.customer().country());
        assertEquals("Entrega CIF Valencia, por favor.", event.message());
        assertEquals(1, event.items().size());
        QuoteSubmitted.Item item = event.items().get(0);
        assertEquals(12L, item.productId());
        assertEquals("ZV-CAF-001", item.sku());
        assertEquals("Café verde arábica grado 1", item.productName());
        assertEquals(500, item.quantity());
        assertEquals("kg", item.unit());
    }

    @Test
    void fixturesConformAndReadIntoTheRecord() throws Exception {
        for (ObjectNode fixture : new ObjectNode[] {QuoteEvents.fresh("es"), QuoteEvents.fresh("en"),
                QuoteEvents.freshTo("Some.One+tag@Example.COM")}) {
            QuoteSubmitted event = json.readValue(QuoteEvents.conforming(fixture), QuoteSubmitted.class);
            assertEquals(fixture.get("eventId").asText(), event.eventId().toString());
        }
    }

    @Test
    void poisonFixturesViolateTheSchema() {
        ObjectNode withoutEmail = QuoteEvents.fresh("es");
        ((ObjectNode) withoutEmail.get("customer")).remove("email");
        assertFalse(EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1, withoutEmail.toString()).isEmpty());
        assertFalse(EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1, "{ this is not json").isEmpty());
    }

    @Test
    void fieldsAddedByTheProducerAreIgnored() throws Exception {
        ObjectNode example = (ObjectNode) json.readTree(QuoteEvents.exampleJson());
        example.put("channel", "web");
        ((ObjectNode) example.get("customer")).put("vatNumber", "ESB12345678");
        ((ObjectNode) example.withArray("items").get(0)).put("notes", "green beans");

        QuoteSubmitted event = json.readValue(example.toString(), QuoteSubmitted.class);

        assertNotNull(event.customer());
        assertEquals("ZQ-2026-000042", event.quoteNumber());
    }
}
