package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a buyer and a staff member do in a real browser (Debian's Chromium), on the whole running system. */
@ExtendWith(LocalStack.class)
class BrowserJourneyTest {

    private static final Pattern QUOTE_NUMBER = Pattern.compile("ZQ-\\d{4}-\\d{6}");

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;
    /** Console errors of our own pages (through the gateway): CSP violations above all, since the CSP has no 'unsafe-inline'. */
    private final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("zivah.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        // a refused inline script or style (CSP) or a script error; a 4xx status (a form shown again) is not one
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && page.url().startsWith(LocalStack.GATEWAY)
                    && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(page.url() + ": " + error));
    }

    @AfterEach
    void closeContext(TestInfo test) {
        // the last page of each journey, for whoever reads a failure
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/" + test.getTestMethod().orElseThrow().getName() + ".png")));
        context.close();
        assertEquals(List.of(), consoleErrors, "console errors (e.g. Content-Security-Policy violations) on our pages");
    }

    @Test
    void buyerBrowsesTheCatalogAndSendsAnRfq() {
        Map<String, Object> product = ApiJourneyTest.firstProduct();
        @SuppressWarnings("unchecked")
        String productName = ((Map<String, String>) product.get("name")).get("es");

        page.navigate(LocalStack.GATEWAY + "/");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByText(productName).first()).isVisible();

        String email = "browser-" + UUID.randomUUID() + "@example.com";
        // quote-service may still be learning the catalog from Kafka on a fresh stack: retry the form until accepted
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            page.navigate(LocalStack.GATEWAY + "/cotizar?producto=" + product.get("id"));
            page.locator("[name=productId]").selectOption(String.valueOf(product.get("id")));
            page.locator("[name=quantity]").fill("250");
            page.locator("[name=name]").fill("Ana Pérez");
            page.locator("[name=email]").fill(email);
            page.locator("[name=company]").fill("Importaciones Pérez SL");
            page.locator("[name=country]").fill("España");
            page.locator("[name=message]").fill("Entrega CIF Valencia");
            page.locator("form button[type=submit]").last().click();
            page.waitForLoadState();
            return QUOTE_NUMBER.matcher(page.content()).find();
        });
        Matcher number = QUOTE_NUMBER.matcher(page.content());
        assertTrue(number.find());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().baseUri(LocalStack.MAIL_API).get("/api/user/" + email + "/messages/INBOX")
                        .asString().contains(number.group()));
    }

    @Test
    void invalidRfqIsShownAgainWithMessagesInSpanish() {
        page.navigate(LocalStack.GATEWAY + "/cotizar");
        page.locator("[name=quantity]").fill("0");
        page.locator("[name=name]").fill("Ana");
        page.locator("[name=email]").fill("no-es-un-correo");
        page.locator("form button[type=submit]").last().click();
        page.waitForLoadState();
        assertEquals("Ana", page.locator("[name=name]").inputValue(), "what the buyer typed is kept");
        assertThat(page.locator("[name=email]")).hasAttribute("aria-invalid", "true");
        assertTrue(page.content().contains("correo"), "the message is in Spanish");
    }

    @Test
    void adminLogsInThroughKeycloakAndIsGreetedByNameAndRole() {
        page.navigate(LocalStack.GATEWAY + "/admin");
        // the real Keycloak login page of realm zivah
        page.waitForURL(url -> url.startsWith(LocalStack.KEYCLOAK + "/realms/zivah/"));
        page.locator("#username").fill("admin");
        page.locator("#password").fill("Admin#Zivah2026");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + "/admin"));
        assertThat(page.locator("body")).containsText("Lucía Ortega");
        assertThat(page.locator("body")).containsText("ADMIN");

        // logout is a POST with the CSRF token; it ends the Keycloak session too, so /admin asks for a login again
        page.locator("form[name=logout] button[type=submit]").click();
        // back on the site: "/" redirects to the home page in the visitor's language
        page.waitForURL(url -> url.equals(LocalStack.GATEWAY + "/") || url.startsWith(LocalStack.GATEWAY + "/?")
                || url.equals(LocalStack.GATEWAY + "/es/") || url.equals(LocalStack.GATEWAY + "/en/"));
        page.navigate(LocalStack.GATEWAY + "/admin");
        page.waitForURL(url -> url.startsWith(LocalStack.KEYCLOAK + "/realms/zivah/"));
        assertThat(page.locator("#username")).isVisible();
    }
}
