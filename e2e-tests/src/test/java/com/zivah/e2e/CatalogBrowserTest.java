package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public catalog in a real browser: search, filters and sort, languages, the product page, 404. */
class CatalogBrowserTest extends BrowserTestBase {

    private static final String PRODUCT = "cafe-verde-arabica-grado-1";

    private List<String> productNames() {
        return page.locator("#results .product-grid h3, #results .product-grid h2").allInnerTexts();
    }

    private void search(String text) {
        page.locator("#q").fill(text);
        page.locator("#q").press("Enter");
        page.waitForURL(Pattern.compile(".*[?&]q=.*"));
        page.waitForLoadState();
    }

    @Test
    void anAccentedAndAnUnaccentedSearchFindTheSameProducts() {
        page.navigate(LocalStack.GATEWAY + "/es/catalogo");
        search("café");
        List<String> accented = productNames();
        assertFalse(accented.isEmpty(), "café finds products");
        assertTrue(accented.stream().anyMatch(name -> name.startsWith("Café")), accented.toString());

        search("cafe");
        assertEquals(accented, productNames(), "cafe finds what café finds");

        search("CAFÉ");
        assertEquals(accented, productNames(), "case is ignored too");
    }

    @Test
    void filterAndSortWorkTogetherAndTheUrlKeepsThem() {
        page.navigate(LocalStack.GATEWAY + "/es/catalogo");
        page.locator("#category").selectOption("especias");
        page.locator("#sort").selectOption("price");
        // with JavaScript each change already swaps the results (htmx) and pushes the URL; the button is for without
        page.locator("form.filters button[type=submit]").first().click();
        page.waitForURL(Pattern.compile("^(?=.*category=especias)(?=.*sort=price).*"));
        page.waitForLoadState();

        // Spanish format ("4,85 USD", "1.234,50 USD"); "precio a consultar" cards come last and are skipped
        List<BigDecimal> prices = page.locator("#results .product-card .price:not(.on-request)").allInnerTexts().stream()
                .map(text -> text.replaceAll("[^0-9,]", "").replace(',', '.'))
                .map(BigDecimal::new)
                .toList();
        assertTrue(prices.size() >= 2, "several priced spices: " + prices);
        for (int i = 1; i < prices.size(); i++) {
            assertTrue(prices.get(i - 1).compareTo(prices.get(i)) <= 0, "cheapest first: " + prices);
        }

        page.reload();
        assertThat(page.locator("#category")).hasValue("especias");
        assertThat(page.locator("#sort")).hasValue("price");
    }

    @Test
    void theLanguageSwitchKeepsThePage() {
        page.navigate(LocalStack.GATEWAY + "/es/productos/" + PRODUCT);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        page.locator(".lang-switch a[hreflang=en]").click();
        page.waitForURL(LocalStack.GATEWAY + "/en/products/" + PRODUCT);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText("arabica");

        page.navigate(LocalStack.GATEWAY + "/en/catalog?q=coffee");
        page.locator(".lang-switch a[hreflang=es]").click();
        page.waitForURL(Pattern.compile(".*/es/catalogo\\?.*q=coffee.*"));
        assertThat(page.locator("#q")).hasValue("coffee");
    }

    @Test
    void theProductPageShowsItsGallerySpecsAndPriceAndAddsToTheQuote() {
        page.navigate(LocalStack.GATEWAY + "/es/productos/" + PRODUCT);
        Locator main = page.locator(".gallery-main img");
        assertThat(main).isVisible();
        assertTrue((Boolean) main.evaluate("img => img.complete && img.naturalWidth > 0"), "the primary image loaded");
        String large = page.locator(".gallery-main").getAttribute("href");
        APIResponse image = page.request().get(LocalStack.GATEWAY + large);
        assertEquals(200, image.status());
        assertTrue(image.headers().get("cache-control").contains("immutable"), image.headers().toString());
        assertTrue(page.locator("table").first().innerText().contains("Origen"), "the specs table");
        assertTrue(page.locator("main").innerText().contains("4,85") || page.locator("main").innerText().contains("4.85"),
                "the price");

        page.locator("#cantidad").fill("500");
        page.locator("form.add-to-quote button[type=submit]").click();
        assertTrue(page.url().contains("/es/productos/"), "below the minimum order (1000 kg) the browser keeps the form");
        page.locator("#cantidad").fill("1500");
        page.locator("form.add-to-quote button[type=submit]").click();
        // into the quote cart, which the browser is sent to
        page.waitForURL(Pattern.compile(".*/es/cotizacion.*"));
        assertThat(page.locator(".cart-line [name=quantity]")).hasValue("1500");
        assertThat(page.locator(".cart-line-name")).containsText("Café verde arábica grado 1");
    }

    @Test
    void anUnknownProductIsAHelpful404() {
        Response response = page.navigate(LocalStack.GATEWAY + "/es/productos/no-existe-este-producto");
        assertEquals(404, response.status());
        assertThat(page.locator("main input[name=q]")).isVisible();
        assertTrue(page.locator("main a[href^='/es/catalogo/']").count() >= 3, "links to the categories");
    }
}
