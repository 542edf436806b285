package com.zivah.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KeycloakResource;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The whole authorization code flow against the REAL Keycloak with the shipped realm: a browser (HtmlUnit)
 * opens /admin, fills in Keycloak's login form and lands back on /admin greeted by name and role.
 * Kept apart so the other test classes never wait for Keycloak. (KeycloakResource lets the web client
 * redirect to any local port, since this app listens on a random one.)
 */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
@WithTestResource(value = FakeUpstreamsResource.class, initArgs = @ResourceArg(name = "oidc", value = "false"))
class AdminLoginKeycloakTest {

    @TestHTTPResource("/admin")
    URL adminUrl;

    @TestHTTPResource("/")
    URL rootUrl;

    @Test
    void adminLogsInThroughKeycloakAndIsGreetedByNameAndRole() throws Exception {
        try (WebClient browser = browser()) {
            browser.addRequestHeader("Accept-Language", "es-ES,es;q=0.9");
            HtmlPage page = login(browser, "admin", "Admin#Zivah2026");
            assertEquals(adminUrl.getPath(), page.getUrl().getPath(), page.getUrl().toString());
            String text = page.asNormalizedText();
            assertTrue(text.contains("Hola, Lucía Ortega — ADMIN"), text);
            assertTrue(page.asXml().contains("lang=\"es\""), "the browser asked for Spanish");

            // a plain GET /logout (a link, an <img>, a prefetch) only asks: the session survives it
            HtmlPage confirm = browser.getPage(new URL(rootUrl, "/logout"));
            assertTrue(confirm.getFormByName("logout") != null, confirm.asXml());
            HtmlPage stillIn = browser.getPage(adminUrl);
            assertTrue(stillIn.asNormalizedText().contains("Hola, Lucía Ortega — ADMIN"), stillIn.asNormalizedText());

            // RP-initiated logout (a CSRF-protected POST from the admin page's button) ends the Keycloak
            // session and comes back to the public home page
            HtmlPage home = stillIn.getFormByName("logout").getButtonByName("logout").click();
            // logout lands on "/", which sends the visitor on to the home page in their language
            assertEquals("/es/", home.getUrl().getPath(), home.getUrl().toString());
            HtmlPage again = browser.getPage(adminUrl);
            assertTrue(again.getUrl().toString().startsWith(KeycloakResource.realmUrl()),
                    "after logout /admin asks for credentials again: " + again.getUrl());
        }
    }

    @Test
    void viewerIsGreetedInEnglishWithTheViewerRole() throws Exception {
        try (WebClient browser = browser()) {
            browser.addCookie("lang=en", rootUrl, null);
            HtmlPage page = login(browser, "viewer", "Viewer#Zivah2026");
            String text = page.asNormalizedText();
            assertTrue(text.contains("Hello, Sofía Chen — VIEWER"), text);
        }
    }

    @Test
    void wrongPasswordStaysOnKeycloak() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage page = login(browser, "admin", "not-the-password");
            assertTrue(page.getUrl().toString().startsWith(KeycloakResource.realmUrl()), page.getUrl().toString());
            assertTrue(!page.asNormalizedText().contains("Lucía Ortega —"), "no greeting without a login");
        }
    }

    private HtmlPage login(WebClient browser, String username, String password) throws Exception {
        HtmlPage loginPage = browser.getPage(adminUrl);
        assertTrue(loginPage.getUrl().toString().startsWith(KeycloakResource.realmUrl() + "/protocol/openid-connect/auth"),
                "the browser is sent to Keycloak: " + loginPage.getUrl());
        HtmlForm form = loginPage.getHtmlElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return form.getButtonByName("login").click();
    }

    private static WebClient browser() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.setCssErrorHandler(new SilentCssErrorHandler());
        return browser;
    }
}
