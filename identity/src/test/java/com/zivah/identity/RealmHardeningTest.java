package com.zivah.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.KeycloakResource;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grants, password policy and lifetimes of the shipped realm, checked on the running Keycloak. */
class RealmHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Clients KeycloakResource adds for tests; never in the shipped realm. */
    private static final Set<String> TEST_CLIENTS = Set.of(KeycloakResource.TEST_CLIENT_ID,
            KeycloakResource.OTHER_AUDIENCE_CLIENT_ID);
    /**
     * The only clients that may use the browser (authorization code) flow: the staff application, and Keycloak's
     * account clients and the realm's admin console, which Keycloak creates at every import whatever the realm file
     * says (a second definition is a duplicate-key failure). Their tokens lack the {@code zivah-api} audience, so no
     * service accepts them, and the gateway does not route {@code /auth/admin/**}.
     */
    private static final Set<String> BROWSER_CLIENTS = Set.of(KeycloakResource.ADMIN_CLIENT_ID, "account",
            "account-console", "security-admin-console");

    @Test
    void adminCliRefusesThePasswordGrant() {
        HttpResponse<String> response = KeycloakResource.passwordGrant("admin-cli", null, "admin", "Admin#Zivah2026");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("unauthorized_client"), response.body());
    }

    @Test
    void noClientOfTheRealmHasAGrantTheSystemDoesNotUse() throws Exception {
        List<String> violations = new ArrayList<>();
        for (JsonNode client : JSON.readTree(KeycloakResource.admin("GET", "/clients", null).body())) {
            String id = client.path("clientId").asText();
            // bearer-only clients (broker, realm-management) obtain no tokens at all
            if (TEST_CLIENTS.contains(id) || !client.path("enabled").asBoolean() || client.path("bearerOnly").asBoolean()) {
                continue;
            }
            if (client.path("directAccessGrantsEnabled").asBoolean()) {
                violations.add(id + ": password grant");
            }
            if (client.path("implicitFlowEnabled").asBoolean()) {
                violations.add(id + ": implicit flow");
            }
            if (client.path("standardFlowEnabled").asBoolean() && !BROWSER_CLIENTS.contains(id)) {
                violations.add(id + ": authorization code flow");
            }
            if (client.path("serviceAccountsEnabled").asBoolean() && !id.equals(KeycloakResource.USER_ADMIN_CLIENT_ID)) {
                violations.add(id + ": client credentials");
            }
            JsonNode attributes = client.path("attributes");
            if (attributes.path("oauth2.device.authorization.grant.enabled").asText("false").equals("true")) {
                violations.add(id + ": device grant");
            }
            if (attributes.path("oidc.ciba.grant.enabled").asText("false").equals("true")) {
                violations.add(id + ": CIBA grant");
            }
        }
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Abcdefgh#12",        // 11 characters
            "abcdefgh#123",       // no upper case
            "ABCDEFGH#123",       // no lower case
            "Abcdefgh#xyz",       // no digit
            "Abcdefgh1234"})      // no special character
    void passwordPolicyRefuses(String password) {
        String userId = createUser("policy-" + suffix());

        HttpResponse<String> response = setPassword(userId, password);

        assertEquals(400, response.statusCode(), password + ": " + response.body());
        assertTrue(response.body().contains("invalidPassword"), response.body());
    }

    @Test
    void twelveCharactersOfEveryKindAreEnough() {
        String userId = createUser("policy-" + suffix());

        assertEquals(204, setPassword(userId, "Abcdefgh#123").statusCode());
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        String username = "policy.user-2026" + suffix();
        String userId = createUser(username);

        HttpResponse<String> response = setPassword(userId, username);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("invalidPassword"), response.body());
    }

    @Test
    void aRecentlyUsedPasswordIsRefused() {
        String userId = createUser("history-" + suffix());
        assertEquals(204, setPassword(userId, "First#Password2026").statusCode());
        assertEquals(204, setPassword(userId, "Second#Password2026").statusCode());

        HttpResponse<String> again = setPassword(userId, "First#Password2026");

        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("invalidPasswordHistoryMessage"), again.body());
    }

    @Test
    void tokenAndSessionLifetimes() throws Exception {
        JsonNode realm = JSON.readTree(KeycloakResource.admin("GET", "", null).body());

        assertEquals(300, realm.path("accessTokenLifespan").asInt(), "services verify JWTs locally: 5 min bound");
        assertEquals(1800, realm.path("ssoSessionIdleTimeout").asInt());
        assertEquals(36000, realm.path("ssoSessionMaxLifespan").asInt());
        assertTrue(realm.path("revokeRefreshToken").asBoolean(), "refresh tokens are single use");
        assertEquals(259200, realm.path("actionTokenGeneratedByAdminLifespan").asInt(), "set-password link: 3 days");
        assertEquals(900, realm.path("actionTokenGeneratedByUserLifespan").asInt(), "self-service reset link: 15 min");

        JsonNode tokens = JSON.readTree(KeycloakResource.passwordGrant(KeycloakResource.TEST_CLIENT_ID, null,
                "viewer", "Viewer#Zivah2026").body());
        // counted from the session's start: a second may already have passed
        assertTrue(tokens.path("expires_in").asInt() > 290 && tokens.path("expires_in").asInt() <= 300, tokens.toString());
        assertTrue(tokens.path("refresh_expires_in").asInt() > 1790 && tokens.path("refresh_expires_in").asInt() <= 1800,
                tokens.toString());
    }

    @Test
    void realmUsesTheZivahThemesAndTheConfiguredSmtpServer() throws Exception {
        JsonNode realm = JSON.readTree(KeycloakResource.admin("GET", "", null).body());

        assertEquals("zivah", realm.path("loginTheme").asText());
        assertEquals("zivah", realm.path("emailTheme").asText());
        JsonNode smtp = realm.path("smtpServer");
        assertEquals("127.0.0.1", smtp.path("host").asText(), smtp.toString());
        assertEquals(String.valueOf(com.zivah.testsupport.GreenMailResource.greenMail().getSmtp().getPort()),
                smtp.path("port").asText());
        assertEquals("no-reply@zivah.example", smtp.path("from").asText());
        assertEquals("ZIVAH", smtp.path("fromDisplayName").asText());
        assertEquals("false", smtp.path("auth").asText());
    }

    @Test
    void adminFrontendRedirectsFollowThePublicBaseUrl() throws Exception {
        JsonNode client = JSON.readTree(KeycloakResource.admin("GET", "/clients?clientId="
                + KeycloakResource.ADMIN_CLIENT_ID, null).body()).get(0);

        assertEquals(KeycloakResource.PUBLIC_BASE_URL, client.path("rootUrl").asText());
        List<String> redirects = new ArrayList<>();
        client.path("redirectUris").forEach(r -> redirects.add(r.asText()));
        assertTrue(redirects.containsAll(List.of(KeycloakResource.PUBLIC_BASE_URL + "/admin",
                KeycloakResource.PUBLIC_BASE_URL + "/admin/*")), redirects.toString());
        assertEquals(KeycloakResource.PUBLIC_BASE_URL, client.path("webOrigins").get(0).asText());
        assertTrue(client.path("attributes").path("post.logout.redirect.uris").asText()
                .contains(KeycloakResource.PUBLIC_BASE_URL + "/admin"));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String createUser(String username) {
        HttpResponse<String> created = KeycloakResource.admin("POST", "/users", Map.of(
                "username", username, "enabled", true, "email", username + "@zivah.example", "emailVerified", true,
                "firstName", "Test", "lastName", "User"));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> setPassword(String userId, String password) {
        return KeycloakResource.admin("PUT", "/users/" + userId + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
    }
}
