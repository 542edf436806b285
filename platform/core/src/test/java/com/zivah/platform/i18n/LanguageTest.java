package com.zivah.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void tagsAreMatchedByTheirPrimarySubtag() {
        assertEquals(Optional.of(Language.EN), Language.fromTag(" en-GB"));
        assertEquals(Optional.of(Language.EN), Language.fromTag("EN_us"));
        assertEquals(Optional.of(Language.ES), Language.fromTag("es-MX"));
        assertTrue(Language.fromTag("fr").isEmpty());
        assertTrue(Language.fromTag("").isEmpty());
        assertTrue(Language.fromTag(null).isEmpty());
    }

    @Test
    void anythingUnknownFallsBackToSpanish() {
        assertEquals(Language.ES, Language.ofTag("de"));
        assertEquals(Language.ES, Language.ofTag(null));
        assertEquals(Language.EN, Language.ofTag("en"));
    }

    @Test
    void englishTextFallsBackToSpanishWhenMissing() {
        assertEquals("Almendras", Language.EN.pick("Almendras", null));
        assertEquals("Almendras", Language.EN.pick("Almendras", "  "));
        assertEquals("Almonds", Language.EN.pick("Almendras", "Almonds"));
        assertEquals("Almendras", Language.ES.pick("Almendras", "Almonds"));
    }

    @Test
    void acceptLanguageHonoursQualityAndIgnoresBrokenHeaders() {
        assertEquals(Optional.of(Language.EN), Language.fromAcceptLanguage("fr;q=1, en;q=0.8, es;q=0.5"));
        assertEquals(Optional.of(Language.ES), Language.fromAcceptLanguage("en;q=0, es"));
        assertTrue(Language.fromAcceptLanguage("en;q=2").isEmpty());
        assertTrue(Language.fromAcceptLanguage("de").isEmpty());
    }
}
