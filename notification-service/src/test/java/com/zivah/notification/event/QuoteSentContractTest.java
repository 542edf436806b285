package com.zivah.notification.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.testsupport.EventContracts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of docs/events/QuoteSent.v1.schema.json: the example conforms and reads into our record, the
 * fixtures of {@link QuoteEvents#freshSent} conform, and the PDF check sees what the schema cannot (bytes that do
 * not match their hash or size).
 */
class QuoteSentContractTest {

    // strict about unknown properties: only the record's own @JsonIgnoreProperties may let them through
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static String example() {
        return EventContracts.example(EventContracts.QUOTE_SENT_V1);
    }

    @Test
    void exampleConformsAndDeserializes() throws Exception {
        EventContracts.assertConforms(EventContracts.QUOTE_SENT_V1, example());
        QuoteSent event = json.readValue(example(), QuoteSent.class);

        assertEquals(UUID.fromString("0b7f2c1e-5a43-4d2b-9e8f-1a2b3c4d5e6f"), event.eventId());
        assertEquals("ZQ-2026-000042", event.quoteNumber());
        assertEquals(1, event.version());
        assertEquals("es", event.locale());
        assertEquals("manager", event.sentBy());
        assertEquals("Ana Pérez", event.customer().name());
        assertEquals("ana.perez@example.com", event.customer().email());
        assertEquals("Importaciones Pérez SL", event.customer().company());
        assertEquals("EUR", event.currency());
        assertEquals(LocalDate.parse("2026-12-26"), event.validUntil());
        QuoteSent.Item item = event.items().get(0);
        assertEquals("ZV-CAF-001", item.sku());
        assertEquals(500, item.quantity());
        assertEquals(new BigDecimal("4.85"), item.unitPrice());
        assertEquals(0, new BigDecimal("2425").compareTo(item.lineTotal()));
        assertEquals(0, new BigDecimal("2425").compareTo(event.subtotal()));
        assertEquals(new BigDecimal("121.25"), event.discountAmount());
        assertEquals(new BigDecimal("2303.75"), event.total());
        assertTrue(event.discounted());
        assertEquals("CIF Valencia. Pago 30 días.", event.terms());
        assertEquals("ZQ-2026-000042-v1.pdf", event.pdf().fileName());
        assertArrayEquals("test".getBytes(StandardCharsets.US_ASCII), event.pdf().bytes());
        assertTrue(event.pdf().isIntact(), "the example's hash and size are those of its bytes");
    }

    @Test
    void fixturesConformAndCarryTheirPdf() throws Exception {
        byte[] pdf = "%PDF-1.7 fixture".getBytes(StandardCharsets.US_ASCII);
        for (String locale : new String[] {"es", "en"}) {
            ObjectNode fixture = QuoteEvents.freshSent(locale, pdf);
            EventContracts.assertConforms(EventContracts.QUOTE_SENT_V1, fixture.toString());
            QuoteSent event = json.readValue(fixture.toString(), QuoteSent.class);
            assertEquals(locale, event.locale());
            assertArrayEquals(pdf, event.pdf().bytes());
            assertTrue(event.pdf().isIntact());
        }
    }

    @Test
    void aPdfNotMatchingItsHashOrSizeOrNotBase64IsNotIntact() throws Exception {
        ObjectNode wrongHash = (ObjectNode) json.readTree(example());
        ((ObjectNode) wrongHash.get("pdf")).put("sha256", "0".repeat(64));
        ObjectNode wrongSize = (ObjectNode) json.readTree(example());
        ((ObjectNode) wrongSize.get("pdf")).put("sizeBytes", 5);
        ObjectNode notBase64 = (ObjectNode) json.readTree(example());
        ((ObjectNode) notBase64.get("pdf")).put("base64", "@@@@");
        for (ObjectNode event : new ObjectNode[] {wrongHash, wrongSize, notBase64}) {
            assertFalse(json.readValue(event.toString(), QuoteSent.class).pdf().isIntact(), event.toString());
        }
    }

    @Test
    void noDiscountIsNoDiscountLine() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(example());
        event.putNull("discountPercent");
        event.put("discountAmount", 0);
        QuoteSent read = json.readValue(event.toString(), QuoteSent.class);
        assertNull(read.discountPercent());
        assertFalse(read.discounted());
    }

    @Test
    void fieldsAddedByTheProducerAreIgnored() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(example());
        event.put("channel", "admin");
        ((ObjectNode) event.get("customer")).put("vatNumber", "ESB12345678");
        ((ObjectNode) event.withArray("items").get(0)).put("discount", 1);
        ((ObjectNode) event.get("pdf")).put("pages", 2);
        assertEquals("ZQ-2026-000042", json.readValue(event.toString(), QuoteSent.class).quoteNumber());
    }
}
