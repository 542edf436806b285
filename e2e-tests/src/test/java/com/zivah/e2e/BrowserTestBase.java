package com.zivah.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Debian's Chromium driven by Playwright against the whole running system: one browser per test class, a fresh
 * context (Spanish locale) per test, a screenshot of each test's last page in target/screenshots, and no console
 * error (a CSP violation above all) allowed on our pages.
 */
@ExtendWith(LocalStack.class)
abstract class BrowserTestBase {

    private static Playwright playwright;
    private static Browser browser;
    protected BrowserContext context;
    protected Page page;
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

    /** Where the screenshots worth keeping go (the repository's docs/screenshots). */
    private static final Path DOCS_SCREENSHOTS = Path.of(System.getProperty("zivah.root", "..")).toAbsolutePath()
            .normalize().resolve("docs/screenshots");

    /**
     * Signs in to {@code /admin} on Keycloak's real login page (through the gateway at {@code /auth}) and waits for the
     * admin page the browser is sent back to ({@code path}, e.g. {@code /admin/catalog/products}). A browser already
     * signed in to Keycloak goes straight through.
     */
    protected void signInToAdmin(String path, String username, String password) {
        page.navigate(LocalStack.GATEWAY + path);
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + "/admin") || url.startsWith(LocalStack.KEYCLOAK + "/"));
        if (page.url().startsWith(LocalStack.KEYCLOAK + "/")) {
            page.locator("#username").fill(username);
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + path));
        }
        page.waitForLoadState();
    }

    /** The CSRF field of the signed-in admin page (the logout form's): name and value. */
    protected String[] adminCsrfField() {
        com.microsoft.playwright.Locator field = page.locator("form[name=logout] input[type=hidden]").first();
        return new String[] {field.getAttribute("name"), field.getAttribute("value")};
    }

    /** A full-page screenshot at the current (1280 px) width kept in docs/screenshots/admin-journey-NAME.png. */
    protected void keepScreenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(DOCS_SCREENSHOTS.resolve("admin-journey-" + name + ".png")));
    }
}
