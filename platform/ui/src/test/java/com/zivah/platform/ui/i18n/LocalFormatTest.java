package com.zivah.platform.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.platform.i18n.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalFormatTest {

    @Test
    void amountsAreWrittenInThePageLanguageWithTheCurrencyCode() {
        assertEquals("15.000,00 EUR", LocalFormat.money(new BigDecimal("15000"), "EUR", Language.ES));
        assertEquals("15,000.00 EUR", LocalFormat.money(new BigDecimal("15000"), "EUR", Language.EN));
        assertEquals("1.234.567,51", LocalFormat.number(new BigDecimal("1234567.505"), Language.ES));
        assertEquals("0,10", LocalFormat.number(new BigDecimal("0.1"), Language.ES));
        assertEquals("-7.10", LocalFormat.number(new BigDecimal("-7.1"), Language.EN));
        assertEquals("2,5", LocalFormat.percent(new BigDecimal("2.50"), Language.ES));
        assertEquals("10", LocalFormat.percent(new BigDecimal("10.00"), Language.EN));
        assertEquals("", LocalFormat.money(null, "EUR", Language.ES));
        assertEquals("12.345", LocalFormat.count(12345, Language.ES));
        assertEquals("12,345", LocalFormat.count(12345, Language.EN));
    }

    @Test
    void countriesAreNamedInThePageLanguageAndUnknownCodesStayCodes() {
        assertEquals("España", LocalFormat.country("ES", Language.ES));
        assertEquals("Spain", LocalFormat.country("es", Language.EN));
        assertEquals("Alemania", LocalFormat.country("DE", Language.ES));
        assertEquals("XX", LocalFormat.country("XX", Language.EN));
        assertEquals("", LocalFormat.country(null, Language.EN));
    }

    @Test
    void timesShowTheDayInThePageLanguageAndUtc() {
        Instant at = Instant.parse("2026-12-01T19:22:05Z");
        assertEquals("1 dic 2026, 19:22 UTC", LocalFormat.utc(at, Language.ES));
        assertEquals("1 Dec 2026, 19:22 UTC", LocalFormat.utc(at, Language.EN));
    }

    @Test
    void aTypedDecimalAcceptsTheSpanishCommaAndNeverGuessesAThousandsSeparator() {
        for (String typed : new String[] {"1234.50", "1234,50", "1.234,50", "1,234.50", " 1234,5 ", "1 234,50"}) {
            assertEquals(Optional.of(new BigDecimal(typed.contains("5 ") ? "1234.5" : "1234.50")).map(BigDecimal::stripTrailingZeros),
                    LocalFormat.parseDecimal(typed).value().map(BigDecimal::stripTrailingZeros), typed);
        }
        assertEquals(new BigDecimal("0.125"), LocalFormat.parseDecimal("0,125").value().orElseThrow());
        assertEquals(new BigDecimal("12.35"), LocalFormat.parseDecimal("12,35").value().orElseThrow());
        assertEquals(LocalFormat.Refusal.AMBIGUOUS, LocalFormat.parseDecimal("1.234").refusal());
        assertEquals(LocalFormat.Refusal.AMBIGUOUS, LocalFormat.parseDecimal("1,234").refusal());
        for (String bad : new String[] {"12a", "1.2.3", "1,234,5", "1.23,4.5", "1,23.50", "--1"}) {
            assertEquals(LocalFormat.Refusal.NOT_A_NUMBER, LocalFormat.parseDecimal(bad).refusal(), bad);
        }
        assertTrue(LocalFormat.parseDecimal("  ").value().isEmpty());
        assertEquals(null, LocalFormat.parseDecimal("").refusal());
    }
}
