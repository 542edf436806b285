package com.zivah.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on the Quote entity, without a database. */
class QuoteTest {

    static final Instant AT = Instant.parse("2026-11-25T12:05:00.123456789Z");

    static Quote quote(String locale) {
        return Quote.submit("ZQ-2026-000042",
                new Quote.Customer("  Ana Pérez ", " ana@example.com ", "  ", null, " ES "), locale, " Hola ", AT);
    }

    static ProductSnapshot product(long id, String nameEn, boolean active) {
        ProductSnapshot p = new ProductSnapshot();
        p.productId = id;
        p.sku = "ZV-" + id;
        p.nameEs = "Nombre " + id;
        p.nameEn = nameEn;
        p.unit = "kg";
        p.active = active;
        return p;
    }

    @Test
    void aSubmittedQuoteIsPendingInTheBuyersLanguageWithTrimmedText() {
        Quote quote = quote("en");
        assertEquals("ZQ-2026-000042", quote.quoteNumber);
        assertEquals(QuoteStatus.PENDING, quote.status);
        assertEquals(Instant.parse("2026-11-25T12:05:00.123456Z"), quote.createdAt, "microseconds, as PostgreSQL stores");
        assertEquals(quote.createdAt, quote.updatedAt);
        assertEquals("en", quote.locale);
        assertEquals("Ana Pérez", quote.customerName);
        assertEquals("ana@example.com", quote.customerEmail);
        assertNull(quote.customerPhone, "blank is absent");
        assertNull(quote.company);
        assertEquals("ES", quote.country);
        assertEquals("Hola", quote.message);
        assertTrue(quote.items.isEmpty());
    }

    @Test
    void withoutALocaleTheQuoteIsInSpanish() {
        assertEquals("es", quote(null).locale);
    }

    @Test
    void anItemFreezesTheProductInTheBuyersLanguage() {
        Quote quote = quote("en");
        QuoteItem english = quote.addItem(product(1, "Name 1", true), 500);
        QuoteItem fallback = quote.addItem(product(2, " ", true), 1);
        assertSame(quote, english.quote);
        assertEquals("ZV-1", english.sku);
        assertEquals("kg", english.unit);
        assertEquals(500, english.quantity);
        assertEquals("Name 1", english.productName);
        assertEquals("Nombre 2", fallback.productName, "English falls back to Spanish");
        assertEquals("Nombre 1", quote("es").addItem(product(1, "Name 1", true), 1).productName);
        assertEquals(2, quote.items.size());
    }

    @Test
    void aProductIsListedOnceAndOnlyWhileActive() {
        Quote quote = quote("es");
        quote.addItem(product(1, null, true), 1);
        assertEquals(Optional.of("{zivah.duplicate}"), quote.refusalOf(product(1, null, true)));
        assertEquals(Optional.of("{quote.product.unavailable}"), quote.refusalOf(product(2, null, false)));
        assertEquals(Optional.empty(), quote.refusalOf(product(3, null, true)));
        assertThrows(IllegalArgumentException.class, () -> quote.addItem(product(1, null, true), 1));
        assertThrows(IllegalArgumentException.class, () -> quote.addItem(product(2, null, false), 1));
        assertEquals(1, quote.items.size());
    }

    @Test
    void quantitiesAndItemCountHaveLimits() {
        Quote quote = quote("es");
        assertThrows(IllegalArgumentException.class, () -> quote.addItem(product(1, null, true), 0));
        assertThrows(IllegalArgumentException.class, () -> quote.addItem(product(1, null, true), 1_000_001));
        quote.addItem(product(1, null, true), 1_000_000);
        for (long id = 2; id <= Quote.MAX_ITEMS; id++) {
            quote.addItem(product(id, null, true), 1);
        }
        assertThrows(IllegalArgumentException.class, () -> quote.addItem(product(99, null, true), 1));
        assertEquals(Quote.MAX_ITEMS, quote.items.size());
    }

    static ProductSnapshot priced(long id, String price, Integer minOrder) {
        ProductSnapshot p = product(id, null, true);
        p.price = price == null ? null : new BigDecimal(price);
        p.currency = price == null ? null : "EUR";
        p.priceOnRequest = price == null;
        p.minOrderQuantity = minOrder;
        return p;
    }

    @Test
    void anItemKeepsTheBuyersNoteAndThePublicPriceAtScaleTwo() {
        Quote quote = quote("es");
        QuoteItem priced = quote.addItem(priced(1, "4.8", null), 10, "  Sacos de 60 kg  ");
        assertEquals("Sacos de 60 kg", priced.note);
        assertEquals(new BigDecimal("4.80"), priced.unitPrice, "money has scale 2");
        assertEquals("EUR", priced.currency);
        assertFalse(priced.priceOnRequest);
        QuoteItem onRequest = quote.addItem(priced(2, null, null), 10, " ");
        assertNull(onRequest.note, "blank is absent");
        assertNull(onRequest.unitPrice, "an on-request line stays unpriced");
        assertNull(onRequest.currency);
        assertTrue(onRequest.priceOnRequest);
        assertThrows(IllegalArgumentException.class, () -> quote.addItem(priced(3, "1", null), 1, "n".repeat(501)));
    }

    @Test
    void belowTheMinimumOrderIsKeptAndFlagged() {
        Quote quote = quote("es");
        assertTrue(quote.addItem(priced(1, "1.00", 1000), 999, null).belowMinimumOrder());
        assertFalse(quote.addItem(priced(2, "1.00", 1000), 1000, null).belowMinimumOrder());
        assertFalse(quote.addItem(priced(3, "1.00", null), 1, null).belowMinimumOrder(), "no minimum, no warning");
        assertEquals(3, quote.items.size());
        assertEquals(1000, quote.items.get(0).minOrderQuantity);
    }

    @Test
    void theCountryIsAnIsoCodeOrAbsent() {
        assertTrue(Quote.isCountryCode("ES"));
        assertFalse(Quote.isCountryCode("es"));
        assertFalse(Quote.isCountryCode("XX"));
        assertFalse(Quote.isCountryCode("España"));
        assertNull(Quote.submit("ZQ-2026-000001", new Quote.Customer("Ana", "a@example.com", null, null, " "), "es",
                null, AT).country);
        assertThrows(IllegalArgumentException.class, () -> Quote.submit("ZQ-2026-000001",
                new Quote.Customer("Ana", "a@example.com", null, null, "España"), "es", null, AT));
    }
}
