package com.zivah.quote.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.platform.inbox.EventReader;
import com.zivah.platform.inbox.PoisonEventException;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The consumer's copy of ProductChanged v1 against the contract in docs/events, read the way the consumer reads
 * records (platform's EventReader with the application's ObjectMapper and the record's constraints).
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class ProductChangedTest {

    static final String EXAMPLE = EventContracts.example(EventContracts.PRODUCT_CHANGED_V1);

    @Inject
    EventReader events;

    @Inject
    ObjectMapper json;

    @Test
    void theConsumerReadsTheContractExample() {
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, EXAMPLE);
        ProductChanged e = events.parse(EXAMPLE, ProductChanged.class);
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
        assertEquals(1000, e.minOrderQuantity());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ProductCreated", "ProductUpdated", "ProductPriceChanged", "ProductActivated",
            "ProductDeactivated", "ProductDeleted"})
    void theConsumerReadsTheExampleOfEveryType(String type) {
        String example = EventContracts.example(EventContracts.PRODUCT_CHANGED_V1 + "." + type);
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, example);
        ProductChanged e = events.parse(example, ProductChanged.class);
        assertEquals(type, e.type());
        assertEquals(12L, e.productId());
        boolean quotable = !type.equals("ProductDeactivated") && !type.equals("ProductDeleted");
        assertEquals(quotable, e.quotable());
        assertEquals(type.equals("ProductDeleted"), e.deleted());
    }

    @Test
    void aDeletedProductIsNeverQuotableEvenIfMarkedActive() throws Exception {
        ObjectNode odd = (ObjectNode) json.readTree(EXAMPLE);
        odd.put("deleted", true);
        assertFalse(events.parse(json.writeValueAsString(odd), ProductChanged.class).quotable());
    }

    @Test
    void theConsumerIgnoresFieldsAddedLater() throws Exception {
        ObjectNode withExtra = (ObjectNode) json.readTree(EXAMPLE);
        withExtra.put("brandNew", "x");
        assertEquals(12L, events.parse(json.writeValueAsString(withExtra), ProductChanged.class).productId());
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"eventId", "occurredAt", "productId", "version", "sku", "nameEs", "active"})
    void aRecordWithoutWhatTheSnapshotNeedsIsPoison(String field) throws Exception {
        ObjectNode incomplete = (ObjectNode) json.readTree(EXAMPLE);
        incomplete.remove(field);
        String payload = json.writeValueAsString(incomplete);
        assertFalse(EventContracts.violations(EventContracts.PRODUCT_CHANGED_V1, payload).isEmpty(),
                "the fixture breaks the contract too");
        PoisonEventException poison = assertThrows(PoisonEventException.class,
                () -> events.parse(payload, ProductChanged.class));
        assertTrue(poison.getMessage().contains(field), poison.getMessage());
    }
}
