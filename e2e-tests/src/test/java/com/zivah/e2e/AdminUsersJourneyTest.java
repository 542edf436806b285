package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Response;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, journey (2) on the whole running system in Chromium: ADMIN creates a VIEWER at /admin/users; Keycloak mails
 * the new user its branded set-password link (GreenMail); the user follows it, is held to the realm's password policy
 * (12 characters at least), sets a password, signs in to /admin through Keycloak's login page and can change nothing:
 * no form that writes on the catalog, quotes or settings pages, and a forged POST carrying the user's own valid CSRF
 * token is refused (403, not 500) and changes nothing, checked through the public API.
 */
class AdminUsersJourneyTest extends BrowserTestBase {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"'<>]+/login-actions/action-token\\?[^\\s\"'<>]+");
    private static final Pattern QUOTE_NUMBER = Pattern.compile("ZQ-\\d{4}-\\d{6,}");
    private static final String PRODUCT = "cafe-verde-arabica-grado-1";
    private static final String SETTING = "company-name";
    /** Submits a form built in the page: what a forged request from the user's own signed-in browser looks like. */
    private static final String SUBMIT_FORM = """
            ([action, fields]) => {
              const form = document.createElement('form');
              form.method = 'post';
              form.action = action;
              for (const [name, value] of Object.entries(fields)) {
                const input = document.createElement('input');
                input.type = 'hidden';
                input.name = name;
                input.value = value;
                form.appendChild(input);
              }
              document.body.appendChild(form);
              form.submit();
            }""";

    @Test
    void adminCreatesAViewerWhoSetsAPasswordFromTheMailSignsInAndCanChangeNothing() {
        page.setViewportSize(1280, 900);
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "viewer-" + id + "@example.com";
        String password = "Vista-Journey#" + id;

        // ADMIN creates the user with the VIEWER role
        signInToAdmin("/admin/users", "admin", "Admin#Zivah2026");
        page.locator("#email").fill(email);
        page.locator("#firstName").fill("Valeria");
        page.locator("#lastName").fill("Journey " + id);
        page.locator("#role").selectOption("VIEWER");
        keepScreenshot("users-new");
        page.locator("form[action='/admin/users'][method=post] button[type=submit]").click();
        page.waitForURL(url -> url.contains("/admin/users?done=userCreated"));
        assertThat(page.locator("table.users tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(email))).containsText("VIEWER");
        keepScreenshot("users-created");

        // Keycloak's own, branded set-password mail, with a link on the public origin
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Mailbox.decoded(email, "action-token").isPresent());
        String mail = Mailbox.decoded(email, "action-token").orElseThrow();
        assertTrue(mail.contains("ZIVAH"), "the ZIVAH-branded mail: " + mail);
        Matcher link = ACTION_LINK.matcher(mail);
        assertTrue(link.find(), mail);
        String actionLink = link.group().replace("&amp;", "&");
        assertTrue(actionLink.startsWith(LocalStack.KEYCLOAK + "/realms/zivah/"), actionLink);

        // the new user, in a browser that has no session: follows the link and chooses a password
        context.clearCookies();
        page.navigate(actionLink);
        page.locator("#password-new").or(page.locator("a[href*='action-token']")).first().waitFor();
        if (!page.locator("#password-new").isVisible()) {
            page.locator("a[href*='action-token']").first().click(); // "click here to proceed"
        }
        page.locator("#password-new").fill("Corta#2026");
        page.locator("#password-confirm").fill("Corta#2026");
        page.locator("#kc-passwd-update-form [type=submit]").first().click();
        page.waitForLoadState();
        // 10 characters: refused by the realm policy, said on the form
        assertThat(page.locator("body")).containsText(Pattern.compile("m[ií]nima 12|minimum length 12",
                Pattern.CASE_INSENSITIVE));
        assertThat(page.locator("#password-new")).isVisible();
        keepScreenshot("viewer-password-policy");
        page.locator("#password-new").fill(password);
        page.locator("#password-confirm").fill(password);
        page.locator("#kc-passwd-update-form [type=submit]").first().click();
        page.waitForLoadState();
        assertThat(page.locator("#password-new")).hasCount(0);
        keepScreenshot("viewer-password-set");

        // signs in to the admin with it: a VIEWER
        context.clearCookies();
        signInToAdmin("/admin/catalog/products", email, password);
        assertThat(page.locator(".who")).containsText("VIEWER");
        keepScreenshot("viewer-catalog");

        Map<String, Object> product = given().baseUri(LocalStack.GATEWAY).get("/api/catalog/products/" + PRODUCT)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        String quote = submittedQuote(product.get("id"));
        for (String path : List.of("/admin/catalog/products", "/admin/catalog/products/" + product.get("id"),
                "/admin/catalog/categories", "/admin/quotes", "/admin/quotes/" + quote)) {
            Response response = page.navigate(LocalStack.GATEWAY + path);
            assertEquals(200, response.status(), path);
            assertNothingToEdit(path);
        }
        keepScreenshot("viewer-quote");
        page.navigate(LocalStack.GATEWAY + "/admin/catalog/products/" + product.get("id"));
        keepScreenshot("viewer-product");
        for (String path : List.of("/admin/settings", "/admin/users")) {
            Response response = page.navigate(LocalStack.GATEWAY + path);
            assertEquals(403, response.status(), path + " is ADMIN's");
            assertNothingToEdit(path);
        }

        // forged writes from the VIEWER's own page with the VIEWER's own valid CSRF token: refused, nothing changed
        String setting = String.valueOf(publicSetting());
        page.navigate(LocalStack.GATEWAY + "/admin/catalog/products/" + product.get("id"));
        String[] csrf = adminCsrfField();
        Map<String, String> productEdit = Map.ofEntries(Map.entry(csrf[0], csrf[1]),
                Map.entry("version", "1"), Map.entry("categorySlug", "cafe"),
                Map.entry("nameEs", "Falsificado " + id), Map.entry("nameEn", "Forged " + id),
                Map.entry("descriptionEs", "Falsificado"), Map.entry("descriptionEn", "Forged"),
                Map.entry("unit", "KG"), Map.entry("minOrderQuantity", "1"), Map.entry("price", "0.01"),
                Map.entry("currency", "EUR"), Map.entry("stockQuantity", "0"), Map.entry("active", "true"));
        assertRefused("/admin/catalog/products/" + product.get("id"), productEdit);
        keepScreenshot("viewer-forged-post-refused");
        page.navigate(LocalStack.GATEWAY + "/admin/catalog/products/" + product.get("id"));
        csrf = adminCsrfField();
        assertRefused("/admin/settings/" + SETTING, Map.of(csrf[0], csrf[1], "version", "1", "value", "Forged " + id));

        Map<String, Object> after = given().baseUri(LocalStack.GATEWAY).get("/api/catalog/products/" + PRODUCT)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(product.get("name"), after.get("name"));
        assertEquals(product.get("price"), after.get("price"));
        assertEquals(product.get("version"), after.get("version"));
        assertEquals(setting, String.valueOf(publicSetting()));
    }

    /** The page offers no write: no form that posts, no text area, no link to a create/delete/disable step. */
    private void assertNothingToEdit(String path) {
        assertThat(page.locator("main form[method=post], main form[method=POST]")).hasCount(0);
        assertThat(page.locator("main textarea, main input[type=file]")).hasCount(0);
        assertThat(page.locator("main a[href$='/new'], main a[href$='/delete'], main a[href$='/disable']"))
                .hasCount(0);
        assertTrue(page.locator("main").count() == 1, path + " renders its page");
    }

    /** Posts the fields as a form of the signed-in page; the answer is the 403 page (never a 500 or a redirect). */
    private void assertRefused(String action, Map<String, String> fields) {
        Response response = page.waitForResponse(
                r -> r.url().equals(LocalStack.GATEWAY + action) && "POST".equals(r.request().method()),
                () -> page.evaluate(SUBMIT_FORM, List.of(action, fields)));
        page.waitForURL(LocalStack.GATEWAY + action);
        page.waitForLoadState();
        assertEquals(403, response.status(), () -> action + " answered " + response.status() + ": " + page.content());
    }

    private static Object publicSetting() {
        return given().baseUri(LocalStack.GATEWAY).get("/api/catalog/settings/public").then().statusCode(200)
                .extract().jsonPath().get("'" + SETTING + "'");
    }

    /** A buyer's RFQ (quote-service learns the catalog from Kafka: on a fresh stack that may take a moment). */
    private static String submittedQuote(Object productId) {
        String[] number = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            io.restassured.response.Response created = given().baseUri(LocalStack.GATEWAY).contentType(ContentType.JSON)
                    .body(Map.of("customer", Map.of("name", "Journey buyer", "email", "buyer-" + UUID.randomUUID()
                            + "@example.com"), "locale", "es", "items", List.of(Map.of("productId", productId,
                            "quantity", 1000))))
                    .post("/api/quotes");
            if (created.statusCode() != 201) {
                return false;
            }
            Matcher m = QUOTE_NUMBER.matcher(created.asString());
            number[0] = m.find() ? m.group() : null;
            return number[0] != null;
        });
        return number[0];
    }
}
