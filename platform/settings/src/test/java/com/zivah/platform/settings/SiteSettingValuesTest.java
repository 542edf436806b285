package com.zivah.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A read's values: heard beats the default, a bad NUMBER falls back to the default, a key with neither is a bug. */
class SiteSettingValuesTest {

    private static final Map<String, String> DEFAULTS =
            Map.of("company-name", "ZIVAH Default S.L.", "quote-validity-days", "30", "default-currency", "EUR");

    @Test
    void aHeardValueWinsOverTheDefault() {
        SiteSettingValues values = new SiteSettingValues(Map.of("company-name", "Heard S.A."), DEFAULTS);
        assertEquals("Heard S.A.", values.text("company-name"));
        assertTrue(values.heard("company-name"));
    }

    @Test
    void aKeyNotHeardFallsBackToTheDefault() {
        SiteSettingValues values = new SiteSettingValues(Map.of(), DEFAULTS);
        assertEquals("ZIVAH Default S.L.", values.text("company-name"));
        assertEquals(30, values.integer("quote-validity-days"));
        assertFalse(values.heard("company-name"));
    }

    @Test
    void aNumberIsReadAsAWholeNumber() {
        assertEquals(45, new SiteSettingValues(Map.of("quote-validity-days", "45"), DEFAULTS)
                .integer("quote-validity-days"));
        assertEquals(45, new SiteSettingValues(Map.of("quote-validity-days", "45.0"), DEFAULTS)
                .integer("quote-validity-days"), "JSON 45.0 is the whole number 45");
    }

    @Test
    void aBadNumberFallsBackToTheDefaultInsteadOfFailing() {
        for (String bad : new String[] {"\"treinta\"", "12.5", "1e40", "", "{\"days\":3}"}) {
            assertEquals(30, new SiteSettingValues(Map.of("quote-validity-days", bad), DEFAULTS)
                    .integer("quote-validity-days"), bad);
        }
    }

    @Test
    void aKeyWithNeitherAValueNorADefaultNamesTheMissingProperty() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SiteSettingValues(Map.of(), DEFAULTS).text("contact-phone"));
        assertTrue(e.getMessage().contains("zivah.site-settings.defaults.contact-phone"), e.getMessage());
    }

    @Test
    void aCurrencyIsAnIso4217CodeElseTheDefault() {
        assertEquals("USD", new SiteSettingValues(Map.of("default-currency", "USD"), DEFAULTS)
                .currencyCode("default-currency"));
        for (String bad : new String[] {"usd", "XYZ", "EURO", "\"EUR\"", ""}) {
            assertEquals("EUR", new SiteSettingValues(Map.of("default-currency", bad), DEFAULTS)
                    .currencyCode("default-currency"), bad);
        }
    }
}
