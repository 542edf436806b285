package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The buyer's request for quotation in a real browser on the whole running system: two products into the quote
 * cart, the RFQ with a validation error fixed, the confirmation, the buyer's and the sales mails in GreenMail; a
 * double click and a reload that resubmits make one quote. Screenshots of each page at a phone and a desktop width
 * in target/screenshots (the good ones are kept in docs/screenshots).
 */
class RfqBrowserTest extends BrowserTestBase {

    private static final Pattern QUOTE_NUMBER = Pattern.compile("ZQ-\\d{4}-\\d{6}");
    /** The demo catalog's site setting {@code sales-notification-email}. */
    private static final String SALES = "ventas@zivah.com";
    /** FormGuard's minimum fill time, and a little more. */
    private static final double FILL_TIME_MS = 3_500;

    private List<Map<String, Object>> products;

    @BeforeEach
    void twoProductsQuoteServiceKnows() {
        products = twoProductsQuoteServiceKnowsOf();
    }

    /** Two products of the catalog, once quote-service can quote them (admin journeys start with an RFQ too). */
    static List<Map<String, Object>> twoProductsQuoteServiceKnowsOf() {
        List<Map<String, Object>> products = given().baseUri(LocalStack.GATEWAY).get("/api/catalog/products?size=2")
                .then().statusCode(200).extract().jsonPath().getList("items");
        // quote-service learns the catalog from Kafka; on a fresh stack that may take a moment
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().baseUri(LocalStack.GATEWAY).contentType(ContentType.JSON)
                        .body(Map.of("customer", Map.of("name", "Warm-up", "email", "warmup-" + UUID.randomUUID()
                                + "@example.com"), "locale", "es", "items", products.stream()
                                .map(p -> Map.of("productId", p.get("id"), "quantity", 1000)).toList()))
                        .post("/api/quotes").statusCode() == 201);
        return products;
    }

    private void shoot(String name) {
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width < 500 ? 844 : 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + name + "-" + width + ".png")));
        }
        page.setViewportSize(1280, 900);
    }

    /** At least the product's minimum order: the product page's own field does not go below it. */
    private void addToQuote(Map<String, Object> product, int quantity) {
        addToQuote(page, product, quantity);
    }

    /** The product page's "add to quote" in {@code page}: at least the product's minimum order. */
    static void addToQuote(Page page, Map<String, Object> product, int quantity) {
        Object moq = product.get("minOrderQuantity");
        int amount = Math.max(quantity, moq == null ? 1 : ((Number) moq).intValue());
        page.navigate(LocalStack.GATEWAY + "/es/productos/" + product.get("slug"));
        page.locator("#cantidad").fill(String.valueOf(amount));
        page.locator("form.add-to-quote button[type=submit]").click();
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + "/es/cotizacion"));
    }

    /** Messages in the address's GreenMail inbox that contain the text (none while the user has no mail yet). */
    private static int mails(String address, String containing) {
        String inbox = given().baseUri(LocalStack.MAIL_API).get("/api/user/" + address + "/messages/INBOX").asString();
        if (!inbox.trim().startsWith("[")) {
            return 0; // GreenMail answers an object (an error) for an address that received nothing
        }
        List<Object> messages = io.restassured.path.json.JsonPath.from(inbox).getList("$");
        return (int) messages.stream().filter(m -> String.valueOf(m).contains(containing)).count();
    }

    @Test
    void buyerAddsTwoProductsFixesAnErrorAndGetsTheConfirmationAndBothMails() {
        page.setViewportSize(1280, 900);
        addToQuote(products.get(0), 1500);
        addToQuote(products.get(1), 2000);
        assertThat(page.locator(".cart-line")).hasCount(2);
        // htmx: the header's count is loaded into every page, the line forms change the cart in place
        assertThat(page.locator("#cart-count")).containsText("2");
        page.locator(".cart-line").first().locator("textarea[name=note]").fill("Sacos de yute de 60 kg");
        page.locator(".cart-line").first().locator("form.cart-line-form button[type=submit]").click();
        assertThat(page.locator(".cart-status")).containsText("Cotización actualizada");
        assertThat(page.locator(".cart-line").first().locator("textarea[name=note]")).hasValue("Sacos de yute de 60 kg");
        shoot("cart");

        String email = "rfq-" + UUID.randomUUID() + "@example.com";
        page.locator("#name").fill("Ana Pérez");
        page.locator("#email").fill("no-es-un-correo");
        page.locator("#company").fill("Importaciones Pérez SL");
        page.locator("#country").selectOption("ES");
        page.locator("#message").fill("Entrega CIF Valencia");
        page.waitForTimeout(FILL_TIME_MS);
        page.locator("form.rfq-form button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#email-error")).containsText("correo electrónico válido");
        assertEquals("Ana Pérez", page.locator("#name").inputValue(), "what the buyer typed is kept");
        assertEquals("ES", page.locator("#country").inputValue());
        shoot("rfq-errors");

        page.locator("#email").fill(email);
        page.waitForTimeout(FILL_TIME_MS);
        page.locator("form.rfq-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/es/cotizacion/gracias"));
        Matcher number = QUOTE_NUMBER.matcher(page.content());
        assertTrue(number.find(), page.content());
        assertThat(page.locator(".summary-table tbody tr")).hasCount(2);
        assertThat(page.locator("#cart-count")).not().containsText("2");
        shoot("confirmation");

        String quote = number.group();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> mails(email, quote) == 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> mails(SALES, quote) >= 1);
    }

    @Test
    void aDoubleClickAndAReloadThatResubmitsMakeOneQuote() {
        page.setViewportSize(1280, 900);
        addToQuote(products.get(0), 1200);
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        page.locator("#name").fill("Luis Gómez");
        page.locator("#email").fill(email);
        page.waitForTimeout(FILL_TIME_MS);
        page.locator("form.rfq-form button[type=submit]").dblclick();
        page.waitForURL(url -> url.contains("/es/cotizacion/gracias"));
        Matcher number = QUOTE_NUMBER.matcher(page.content());
        assertTrue(number.find(), page.content());
        String quote = number.group();

        // back to the form (the browser's copy, with its key) and send it again: the same confirmation
        page.goBack();
        page.waitForLoadState();
        if (page.locator("form.rfq-form").count() > 0) {
            page.waitForTimeout(FILL_TIME_MS);
            page.locator("form.rfq-form button[type=submit]").click();
            page.waitForURL(url -> url.contains("/es/cotizacion/gracias"));
            assertTrue(page.content().contains(quote), page.content());
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> mails(email, quote) == 1);
        // a second quote would mail a second number: wait past the first mail before asserting there is none
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> mails(email, "ZQ-") == 1);
    }

    @Test
    void contactFormIsStoredAndConfirmedWithItsReference() {
        page.setViewportSize(1280, 900);
        page.navigate(LocalStack.GATEWAY + "/es/contacto");
        page.locator("#name").fill("Marta Ruiz");
        page.locator("#email").fill("contact-" + UUID.randomUUID() + "@example.com");
        page.locator("#subject").fill("Envíos a Chile");
        page.locator("#message").fill("¿Envían café verde a Valparaíso?");
        shoot("contact");
        page.waitForTimeout(FILL_TIME_MS);
        page.locator("form.rfq-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/es/contacto/gracias"));
        assertTrue(Pattern.compile("ZM-\\d{4}-\\d{6}").matcher(page.content()).find(), page.content());
        shoot("contact-thanks");
    }
}
