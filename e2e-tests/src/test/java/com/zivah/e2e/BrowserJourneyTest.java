package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a buyer and a staff member do in a real browser (Debian's Chromium), on the whole running system. */
class BrowserJourneyTest extends BrowserTestBase {

    private static final Pattern QUOTE_NUMBER = Pattern.compile("ZQ-\\d{4}-\\d{6}");

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
