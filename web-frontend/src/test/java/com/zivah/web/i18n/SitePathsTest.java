package com.zivah.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.platform.i18n.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void everyPublicPageHasItsCounterpartInTheOtherLanguage() {
        assertEquals("/en/", SitePaths.switchLanguage("/es/", null, Language.EN));
        assertEquals("/en/", SitePaths.switchLanguage("/es", null, Language.EN));
        assertEquals("/en/catalog?q=caf%C3%A9&sort=price",
                SitePaths.switchLanguage("/es/catalogo", "q=caf%C3%A9&sort=price", Language.EN));
        assertEquals("/es/catalogo/especias", SitePaths.switchLanguage("/en/catalog/especias", "", Language.ES));
        assertEquals("/es/productos/cafe-verde", SitePaths.switchLanguage("/en/products/cafe-verde", null, Language.ES));
        assertEquals("/en/products/cafe-verde", SitePaths.switchLanguage("/en/products/cafe-verde", null, Language.EN));
        // an unknown page under a prefix keeps its words (it is a 404 in both languages)
        assertEquals("/en/no-existe", SitePaths.switchLanguage("/es/no-existe", null, Language.EN));
    }

    @Test
    void pagesOutsideThePrefixesSwitchWithTheLangParameter() {
        assertEquals("/cotizar?producto=7&lang=en", SitePaths.switchLanguage("/cotizar", "producto=7&lang=es", Language.EN));
        assertEquals("/admin?lang=es", SitePaths.switchLanguage("/admin", null, Language.ES));
    }

    @Test
    void onlyARealPrefixDecidesTheLanguage() {
        assertEquals(Optional.of(Language.EN), SitePaths.prefixLanguage("/en/catalog"));
        assertEquals(Optional.of(Language.ES), SitePaths.prefixLanguage("/es"));
        assertEquals(Optional.empty(), SitePaths.prefixLanguage("/essentials"));
        assertEquals(Optional.empty(), SitePaths.prefixLanguage("/cotizar"));
        assertEquals(Optional.empty(), SitePaths.prefixLanguage(null));
    }

    @Test
    void slugsAreEncodedAsPathSegments() {
        assertEquals("/es/productos/a%20b%2Fc", SitePaths.product(Language.ES, "a b/c"));
        assertEquals("/en/catalog/x", SitePaths.category(Language.EN, "x"));
        assertEquals("/cotizar?lang=en", SitePaths.quote(Language.EN));
    }

    @Test
    void theCartAndContactPagesHaveTheirCounterpartInTheOtherLanguage() {
        assertEquals("/es/cotizacion", SitePaths.cart(Language.ES));
        assertEquals("/en/quote/send", SitePaths.cartSend(Language.EN));
        assertEquals("/en/quote?n=added", SitePaths.switchLanguage("/es/cotizacion", "n=added", Language.EN));
        assertEquals("/es/cotizacion/gracias", SitePaths.switchLanguage("/en/quote/thanks", null, Language.ES));
        assertEquals("/en/contact/thanks?ref=ZM-2026-000001",
                SitePaths.switchLanguage("/es/contacto/gracias", "ref=ZM-2026-000001", Language.EN));
        assertEquals("/es/contacto", SitePaths.switchLanguage("/en/contact", null, Language.ES));
        assertEquals("/en/quote/lines", SitePaths.switchLanguage("/es/cotizacion/lineas", null, Language.EN));
    }
}
