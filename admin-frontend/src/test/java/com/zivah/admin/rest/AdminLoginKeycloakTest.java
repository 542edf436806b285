package com.zivah.admin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.admin.support.Fake;
import com.zivah.admin.support.FakeUpstreamsResource;
import com.zivah.testsupport.KeycloakResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The whole authorization code flow against the REAL Keycloak with the shipped realm: a browser (HtmlUnit) opens
 * /admin, fills in Keycloak's login form and lands on the dashboard with its name, role and the navigation its role
 * allows; the services are called with the staff member's own token; logout (CSRF POST) ends the Keycloak session.
 * The code flow carries a PKCE S256 challenge, and Keycloak refuses admin-frontend's code request without one.
 */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
@WithTestResource(value = FakeUpstreamsResource.class, initArgs = @ResourceArg(name = "oidc", value = "false"))
class AdminLoginKeycloakTest {

    @TestHTTPResource("/admin")
    URL adminUrl;

    @Test
    void anAdminLogsInSeesEveryAreaAndLogsOutOfKeycloakToo() throws Exception {
        try (WebClient browser = browser()) {
            browser.addRequestHeader("Accept-Language", "es-ES,es;q=0.9");
            HtmlPage page = login(browser, "admin", "Admin#Zivah2026");
            assertEquals(adminUrl.getPath(), page.getUrl().getPath(), page.getUrl().toString());
            String text = page.asNormalizedText();
            assertTrue(text.contains("Lucía Ortega — ADMIN"), text);
            assertTrue(page.asXml().contains("href=\"/admin/users\""), "ADMIN sees Users");
            String authorization = Fake.last(Fake.QUOTES).headers().entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("Authorization")).map(h -> h.getValue().get(0))
                    .findFirst().orElse("");
            assertTrue(authorization.startsWith("Bearer ey"), "the staff member's token goes to quote-service");

            page.getFormByName("logout").getButtonByName("logout").click();
            HtmlPage again = browser.getPage(adminUrl);
            assertTrue(again.getUrl().toString().startsWith(KeycloakResource.realmUrl()),
                    "after logout /admin asks for credentials again: " + again.getUrl());
        }
    }

    @Test
    void aViewerSeesNoUsersOrSettingsAndNoPricingInputs() throws Exception {
        try (WebClient browser = browser()) {
            browser.addCookie("lang=en", adminUrl, null);
            HtmlPage page = login(browser, "viewer", "Viewer#Zivah2026");
            assertTrue(page.asNormalizedText().contains("Sofía Chen — VIEWER"), page.asNormalizedText());
            assertFalse(page.asXml().contains("href=\"/admin/users\""), "VIEWER sees no Users");
            HtmlPage quote = browser.getPage(new URL(adminUrl, "/admin/quotes/ZQ-2026-000042"));
            assertFalse(quote.asXml().contains("name=\"price.1\""), "VIEWER gets no inputs");
            assertTrue(quote.asNormalizedText().contains("Read only"), quote.asNormalizedText());
        }
    }

    @Test
    void theCodeFlowSendsAnS256ChallengeAndKeycloakRefusesARequestWithoutOne() throws Exception {
        URI authorization;
        try (WebClient browser = browser()) {
            authorization = browser.getPage(adminUrl).getUrl().toURI();
        }
        String query = authorization.getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256") && query.matches(".*code_challenge=[A-Za-z0-9_-]{43}.*"),
                "admin-frontend asks with an S256 PKCE challenge: " + query);

        String without = Arrays.stream(query.split("&")).filter(p -> !p.startsWith("code_challenge"))
                .collect(Collectors.joining("&"));
        assertRefusedByKeycloak(without, "code challenge method");
        String plain = Arrays.stream(query.split("&")).map(p -> p.startsWith("code_challenge_method=")
                ? "code_challenge_method=plain" : p.startsWith("code_challenge=") ? "code_challenge=" + "v".repeat(43) : p)
                .collect(Collectors.joining("&"));
        assertRefusedByKeycloak(plain, "code challenge method is not matching");
    }

    /** Keycloak sends the browser back to the (valid) redirect URI with error=invalid_request instead of a login form (read decoded, {@code _} as a space). */
    private static void assertRefusedByKeycloak(String query, String naming) throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(KeycloakResource.realmUrl() + "/protocol/openid-connect/auth?" + query))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
        String location = URLDecoder.decode(answer.headers().firstValue("Location").orElse(""), StandardCharsets.UTF_8)
                .replace('_', ' ');
        assertEquals(302, answer.statusCode(), query + " → " + answer.statusCode() + " " + answer.body());
        assertTrue(location.contains("error=invalid request") && location.contains(naming),
                "refused, naming " + naming + ": " + location);
        assertFalse(answer.body().contains("kc-form-login"), "no login form");
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
