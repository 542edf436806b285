package com.zivah.platform.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    @Test
    void theSwitchKeepsThePageAndItsQueryAndReplacesOnlyLang() {
        assertEquals("/admin?lang=en", RequestLanguage.switchUrl("/admin", null, Language.EN));
        assertEquals("/admin/quotes?status=SENT&page=2&lang=es",
                RequestLanguage.switchUrl("/admin/quotes", "lang=en&status=SENT&page=2", Language.ES));
        assertEquals("/cotizar?x=1&lang=en", RequestLanguage.switchUrl("/cotizar", "lang&x=1", Language.EN));
    }

    @Test
    void aMalformedAcceptLanguageCountsAsAbsent() {
        assertTrue(RequestLanguage.isWellFormedAcceptLanguage("es-ES,es;q=0.9,en;q=0.8"));
        assertFalse(RequestLanguage.isWellFormedAcceptLanguage("en;q=abc"));
        assertFalse(RequestLanguage.isWellFormedAcceptLanguage("en;q=2"));
    }
}
