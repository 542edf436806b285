package com.zivah.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a staff member does in a real browser (Debian's Chromium), on the whole running system (the buyer's journeys:
 * CatalogBrowserTest, RfqBrowserTest).
 */
class BrowserJourneyTest extends BrowserTestBase {

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
