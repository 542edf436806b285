package com.zivah.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schemas accept their own examples and refuse the drifts they exist to catch. */
class EventContractsTest {

    @Test
    void examplesConformToTheirSchemas() {
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, EventContracts.example(EventContracts.PRODUCT_CHANGED_V1));
        EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, EventContracts.example(EventContracts.QUOTE_SUBMITTED_V1));
    }

    @Test
    void aDecimalQuantityIsNotAQuoteSubmittedV1() {
        String drifted = EventContracts.example(EventContracts.QUOTE_SUBMITTED_V1).replace("\"quantity\": 500", "\"quantity\": 500.5");
        assertTrue(drifted.contains("500.5"));
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, drifted));
    }

    @Test
    void formatsAndRequiredFieldsAreAsserted() {
        String example = EventContracts.example(EventContracts.QUOTE_SUBMITTED_V1);
        assertFalse(EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1,
                example.replace("ana.perez@example.com", "not-an-address")).isEmpty());
        assertFalse(EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1,
                example.replace("6f1c8a52-2d4e-4b8f-9d61-3c2a7e5b9f04", "42")).isEmpty());
        assertFalse(EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1,
                example.replace("\"locale\": \"es\",", "")).isEmpty());
        assertFalse(EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1,
                example.replace("\"locale\": \"es\",", "\"locale\": \"es\", \"surprise\": 1,")).isEmpty());
    }

    @Test
    void aPriceAndPriceOnRequestExcludeEachOther() {
        String example = EventContracts.example(EventContracts.PRODUCT_CHANGED_V1);
        Set<String> both = EventContracts.violations(EventContracts.PRODUCT_CHANGED_V1,
                example.replace("\"priceOnRequest\": false", "\"priceOnRequest\": true"));
        assertFalse(both.isEmpty());
        Set<String> neither = EventContracts.violations(EventContracts.PRODUCT_CHANGED_V1,
                example.replace("\"price\": 4.85", "\"price\": null"));
        assertFalse(neither.isEmpty());
        EventContracts.assertConforms(EventContracts.PRODUCT_CHANGED_V1, example
                .replace("\"price\": 4.85", "\"price\": null").replace("\"priceOnRequest\": false", "\"priceOnRequest\": true"));
    }
}
