package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's journey (1) in Chromium on the whole running system: the MANAGER signs in on Keycloak's own login page
 * (through the gateway's /auth) and keeps the dashboard open; a buyer submits an RFQ on the public site and its number
 * appears on that dashboard without navigation (server-sent events); the manager prices each line, sets a discount,
 * a valid-until date and terms (the totals are quote-service's exact decimals), sends the quote (with the
 * confirmation) and sees it SENT and its mail delivered; the buyer's mail in GreenMail carries the PDF, whose text
 * (PDFBox) names the quote, its lines and the total.
 */
class AdminQuoteJourneyTest extends BrowserTestBase {

    private static final Pattern QUOTE_NUMBER = Pattern.compile("ZQ-\\d{4}-\\d{6}");
    /** FormGuard's minimum fill time, and a little more. */
    private static final double FILL_TIME_MS = 3_500;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("zivah.root", "..")).toAbsolutePath()
            .normalize().resolve("docs/screenshots");
    private static final List<String> PRICES = List.of("12.35", "7.10");
    private static final String DISCOUNT = "2.50";

    @Test
    void managerSeesTheRfqArriveLivePricesAndSendsItAndTheBuyerGetsThePdf() throws Exception {
        List<Map<String, Object>> products = RfqBrowserTest.twoProductsQuoteServiceKnowsOf();
        assertEquals(2, products.size(), "the demo catalog has products");

        // the manager signs in on Keycloak's page and leaves the dashboard open (its EventSource connected)
        page.setViewportSize(1280, 900);
        page.navigate(LocalStack.GATEWAY + "/admin");
        page.waitForURL(url -> url.startsWith(LocalStack.KEYCLOAK + "/realms/zivah/protocol/openid-connect/auth"));
        page.locator("input[name=username]").fill("manager");
        page.locator("input[name=password]").fill("Manager#Zivah2026");
        page.waitForRequest(request -> request.url().endsWith("/admin/events"),
                () -> page.locator("[name=login]").click());
        assertTrue(page.url().startsWith(LocalStack.GATEWAY + "/admin"), page.url());
        assertThat(page.locator("#dashboard-live")).isVisible();
        page.evaluate("() => { window.journeyMarker = 'still the same document'; }");

        // the buyer, in their own browser context: two products into the quote cart and the RFQ
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        String quote;
        try (var buyerContext = context.browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("es-ES"))) {
            Page buyer = buyerContext.newPage();
            RfqBrowserTest.addToQuote(buyer, products.get(0), 1000);
            RfqBrowserTest.addToQuote(buyer, products.get(1), 1500);
            buyer.locator("#name").fill("Elena Journey");
            buyer.locator("#email").fill(email);
            buyer.locator("#company").fill("Tostadores Journey SL");
            buyer.waitForTimeout(FILL_TIME_MS);
            buyer.locator("form.rfq-form button[type=submit]").click();
            buyer.waitForURL(url -> url.contains("/es/cotizacion/gracias"));
            Matcher number = QUOTE_NUMBER.matcher(buyer.content());
            assertTrue(number.find(), buyer.content());
            quote = number.group();
        }

        // the open dashboard shows it without a reload: same document, the live fragment swapped by htmx
        Locator link = page.locator("#dashboard-live a[href='/admin/quotes/" + quote + "']");
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
        assertEquals("still the same document", page.evaluate("() => window.journeyMarker"));
        shoot("admin-journey-dashboard-live");

        // open it, price every line, a discount, valid until, terms; save
        link.click();
        page.waitForURL(url -> url.endsWith("/admin/quotes/" + quote));
        Locator lines = page.locator("#pricing tr[data-line]");
        assertThat(lines).hasCount(2);
        BigDecimal subtotal = BigDecimal.ZERO;
        int[] quantities = new int[2];
        for (int i = 0; i < 2; i++) {
            Locator line = lines.nth(i);
            quantities[i] = Integer.parseInt(line.getAttribute("data-quantity"));
            line.locator("input[data-price]").fill(PRICES.get(i));
            subtotal = subtotal.add(new BigDecimal(PRICES.get(i)).multiply(BigDecimal.valueOf(quantities[i])));
        }
        BigDecimal discount = subtotal.multiply(new BigDecimal(DISCOUNT)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
        BigDecimal total = subtotal.subtract(discount).setScale(2, RoundingMode.HALF_UP);
        subtotal = subtotal.setScale(2, RoundingMode.HALF_UP);
        page.locator("#discountPercent").fill(DISCOUNT);
        page.locator("#validUntil").fill(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        page.locator("#terms").fill("Pago a 30 días. Entrega FOB Santos.");
        page.locator("#pricing button[name=save]").click();
        page.waitForURL(url -> url.contains("/admin/quotes/" + quote + "?done=priced"));
        assertThat(page.locator(".flash")).containsText("Precios guardados");
        assertThat(page.locator("[data-subtotal]")).hasText(spanish(subtotal));
        assertThat(page.locator("[data-discount]")).hasText(spanish(discount));
        assertThat(page.locator("[data-total]")).hasText(spanish(total));
        for (int i = 0; i < 2; i++) {
            assertThat(lines.nth(i).locator("[data-line-total]")).hasText(spanish(new BigDecimal(PRICES.get(i))
                    .multiply(BigDecimal.valueOf(quantities[i])).setScale(2, RoundingMode.HALF_UP)));
        }
        shoot("admin-journey-quote-priced");

        // send: the checkbox and the browser's confirmation
        page.onceDialog(dialog -> {
            assertTrue(dialog.message().contains(email), dialog.message());
            dialog.accept();
        });
        Locator send = page.locator("form[action='/admin/quotes/" + quote + "/send']");
        send.locator("input[name=confirm]").check();
        send.locator("button[name=send]").click();
        page.waitForURL(url -> url.contains("/admin/quotes/" + quote + "?done=sent"));
        assertThat(page.locator("h1 .badge.status-sent")).isVisible();
        assertThat(page.locator(".flash")).containsText("Cotización enviada");
        assertThat(page.locator("section[aria-labelledby=versions-title] tbody tr"))
                .containsText(spanish(total) + " EUR");

        // the mail's delivery status, as notification-service records it
        Locator delivered = page.locator("tr.delivery-sent:has-text('Cotización enviada')"); // QUOTE_SENT, named in Spanish
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            page.reload();
            return delivered.count() == 1;
        });
        assertThat(delivered).containsText(email);
        assertThat(delivered).containsText(quote + "-v1.pdf");
        shoot("admin-journey-quote-sent");

        // the buyer's mail with the PDF, read with PDFBox
        String mime = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pdfMail(email, quote), java.util.Objects::nonNull);
        String text;
        try (PDDocument pdf = Loader.loadPDF(pdfAttachment(mime))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains(quote), text);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> product = products.get(i);
            assertTrue(text.contains(String.valueOf(product.get("sku"))), product.get("sku") + " in\n" + text);
            assertTrue(text.contains(String.valueOf(quantities[i])), quantities[i] + " in\n" + text);
        }
        String spanishTotal = spanish(total);
        assertTrue(text.contains(spanishTotal), spanishTotal + " in\n" + text);
    }

    /** An amount as the Spanish admin page and the buyer's PDF write it: {@code 1.234,50}. */
    private static String spanish(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es"))).format(amount);
    }

    private void shoot(String name) {
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The raw MIME of the buyer's mail that names the quote and carries a PDF; null while there is none. */
    private static String pdfMail(String address, String quote) {
        String inbox = given().baseUri(LocalStack.MAIL_API).get("/api/user/" + address + "/messages/INBOX").asString();
        if (!inbox.trim().startsWith("[")) {
            return null; // GreenMail answers an object (an error) for an address that received nothing
        }
        List<String> raw = JsonPath.from(inbox).getList("mimeMessage", String.class);
        return raw.stream().filter(m -> m != null && m.contains(quote)
                && m.toLowerCase(Locale.ROOT).contains("application/pdf")).findFirst().orElse(null);
    }

    /** The base64 body of the MIME part whose Content-Type is application/pdf, decoded. */
    private static byte[] pdfAttachment(String mime) {
        String[] lines = mime.split("\r?\n");
        int i = 0;
        while (i < lines.length && !lines[i].toLowerCase(Locale.ROOT).startsWith("content-type: application/pdf")) {
            i++;
        }
        assertTrue(i < lines.length, "a part of type application/pdf in\n" + mime);
        while (i < lines.length && !lines[i].isEmpty()) {
            i++; // the part's headers
        }
        StringBuilder base64 = new StringBuilder();
        for (i++; i < lines.length && !lines[i].startsWith("--"); i++) {
            base64.append(lines[i].strip());
        }
        byte[] pdf = Base64.getDecoder().decode(base64.toString());
        assertNotNull(pdf);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        return pdf;
    }
}
