package com.zivah.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.KeycloakResource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped realm {@code zivah}, imported into a real Keycloak, behaves as the platform relies on. */
class ZivahRealmTest {

    /** PKCE (RFC 7636, S256; its appendix B pair): the realm's admin-frontend client refuses a code request without it. */
    static final String PKCE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static final Set<String> PLATFORM_ROLES = Set.of("ADMIN", "MANAGER", "VIEWER");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "admin,   Admin#Zivah2026,   ADMIN",
            "manager, Manager#Zivah2026, MANAGER",
            "viewer,  Viewer#Zivah2026,  VIEWER"})
    void eachDemoUserHasExactlyItsRoleInTheAccessToken(String username, String password, String role) {
        JsonNode claims = KeycloakResource.claims(KeycloakResource.accessToken(username, password));

        assertEquals(Set.of(role), platformRoles(claims), "platform roles of " + username);
        assertEquals(KeycloakResource.realmUrl(), claims.path("iss").asText());
        assertEquals(username, claims.path("preferred_username").asText());
    }

    @Test
    void demoUsersHaveNamesAndVerifiedEmails() throws Exception {
        JsonNode users = JSON.readTree(KeycloakResource.admin("GET", "/users?briefRepresentation=false", null).body());
        Map<String, String> names = new java.util.HashMap<>();
        for (JsonNode user : users) {
            if (user.path("username").asText().matches("admin|manager|viewer")) {
                assertTrue(user.path("emailVerified").asBoolean(), user.toString());
                names.put(user.path("username").asText(), user.path("firstName").asText() + " " + user.path("lastName").asText());
            }
        }
        assertEquals(Map.of("admin", "Lucía Ortega", "manager", "Marco Ruiz", "viewer", "Sofía Chen"), names);
    }

    @Test
    void wrongPasswordIsRejected() {
        HttpResponse<String> response = KeycloakResource.passwordGrant(
                KeycloakResource.TEST_CLIENT_ID, null, "viewer", "Viewer#Wrong2026");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("invalid_grant"), response.body());
    }

    @Test
    void oneTypoDoesNotLockButFiveWrongPasswordsDo() throws Exception {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Correct#Horse2026";
        String userId = createUser(username, password);
        assertEquals(400, grant(username, "Correct#Horse2025").statusCode());
        assertEquals(200, grant(username, password).statusCode(), "a single typo must not lock the user");

        for (int i = 0; i < 5; i++) {
            assertEquals(400, grant(username, "Wrong#Guess" + i + "xx").statusCode());
        }

        HttpResponse<String> afterLockout = grant(username, password);
        assertEquals(400, afterLockout.statusCode(), "the right password must fail while the user is locked");
        JsonNode status = JSON.readTree(KeycloakResource.admin(
                "GET", "/attack-detection/brute-force/users/" + userId, null).body());
        assertTrue(status.path("disabled").asBoolean(), status.toString());
        assertEquals(200, grant("viewer", "Viewer#Zivah2026").statusCode(), "other users are unaffected");
    }

    @Test
    void bruteForceProtectionLocksTemporarilyAfterFiveFailures() throws Exception {
        JsonNode realm = JSON.readTree(KeycloakResource.admin("GET", "", null).body());

        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertEquals(5, realm.path("failureFactor").asInt());
        assertFalse(realm.path("permanentLockout").asBoolean(true), "lockout must expire");
        assertTrue(realm.path("waitIncrementSeconds").asInt() > 0);
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() >= realm.path("waitIncrementSeconds").asInt());
        assertEquals("external", realm.path("sslRequired").asText());
        assertTrue(realm.path("passwordPolicy").asText().contains("length(12)"));
    }

    @Test
    void passwordPolicyRejectsShortPasswords() {
        HttpResponse<String> response = KeycloakResource.admin("POST", "/users", Map.of(
                "username", "weak-" + UUID.randomUUID().toString().substring(0, 8),
                "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", "Short#1a", "temporary", false))));

        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    void adminFrontendIsConfidentialWithStandardFlowOnlyAndTheSecretFromTheEnvironment() throws Exception {
        JsonNode client = adminFrontendClient();

        assertFalse(client.path("publicClient").asBoolean(true));
        assertTrue(client.path("standardFlowEnabled").asBoolean());
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true));
        assertFalse(client.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(client.path("serviceAccountsEnabled").asBoolean(true));

        JsonNode secret = JSON.readTree(KeycloakResource.admin(
                "GET", "/clients/" + client.path("id").asText() + "/client-secret", null).body());
        assertEquals(KeycloakResource.adminClientSecret(), secret.path("value").asText());

        HttpResponse<String> passwordGrant = KeycloakResource.passwordGrant(KeycloakResource.ADMIN_CLIENT_ID,
                KeycloakResource.adminClientSecret(), "admin", "Admin#Zivah2026");
        assertEquals(400, passwordGrant.statusCode(), passwordGrant.body());
        assertTrue(passwordGrant.body().contains("unauthorized_client"), passwordGrant.body());
    }

    @Test
    void loginPageIsTheZivahThemeInSpanishByDefaultAndEnglishOnRequest() throws Exception {
        HttpClient browser = browser();

        HttpResponse<String> spanish = browser.send(HttpRequest.newBuilder(authorizeUri(KeycloakResource.PUBLIC_BASE_URL + "/admin", null)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, spanish.statusCode());
        assertTrue(spanish.body().contains("lang=\"es\""), "html lang es");
        assertTrue(spanish.body().contains("Acceso del equipo ZIVAH"), "Spanish sign-in heading");
        assertTrue(spanish.body().contains("/resources/") && spanish.body().contains("/login/zivah/css/zivah.css"),
                "the ZIVAH stylesheet");
        assertTrue(spanish.body().contains("kc-logo-text"), "the logo block");
        Matcher css = Pattern.compile("href=\"([^\"]*/login/zivah/css/zivah.css)\"").matcher(spanish.body());
        assertTrue(css.find());
        HttpResponse<String> stylesheet = browser.send(HttpRequest.newBuilder(
                URI.create(KeycloakResource.baseUrl().replace("/auth", "") + css.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stylesheet.statusCode(), css.group(1));
        assertTrue(stylesheet.body().contains("#0b2545"), "site colours");

        HttpResponse<String> english = browser().send(HttpRequest.newBuilder(authorizeUri(KeycloakResource.PUBLIC_BASE_URL + "/admin", "en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("lang=\"en\""), "html lang en");
        assertTrue(english.body().contains("ZIVAH staff sign-in"), "English sign-in heading");
    }

    @Test
    void foreignRedirectUriIsRefused() throws Exception {
        for (String redirect : List.of("https://evil.example/callback", "http://localhost:8085@evil.example/x",
                "http://localhost.evil.example/x", "http://localhost:8085.evil.example/x")) {
            HttpResponse<String> response = browser().send(HttpRequest.newBuilder(authorizeUri(redirect, null)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), redirect);
            assertTrue(response.body().contains("redirect_uri"), redirect);
        }
    }

    @Test
    void codeFlowOfAdminFrontendGivesRolesInIdAndAccessTokenAndTheApiAudience() throws Exception {
        JsonNode body = codeFlowTokens("manager", "Manager#Zivah2026");
        JsonNode idToken = KeycloakResource.claims(body.path("id_token").asText());
        JsonNode accessToken = KeycloakResource.claims(body.path("access_token").asText());

        assertEquals(Set.of("MANAGER"), platformRoles(idToken));
        assertEquals(Set.of("MANAGER"), platformRoles(accessToken));
        assertEquals("Marco", idToken.path("given_name").asText());
        assertTrue(audiences(accessToken).contains(KeycloakResource.API_AUDIENCE), accessToken.toString());
        assertEquals(KeycloakResource.realmUrl(), idToken.path("iss").asText());
        List<String> roles = new ArrayList<>();
        accessToken.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        assertEquals(roles.size(), Set.copyOf(roles).size(), "no duplicated roles: " + roles);
    }

    @Test
    void logoutEndsTheKeycloakSessionAndReturnsToTheAdmin() throws Exception {
        JsonNode tokens = codeFlowTokens("viewer", "Viewer#Zivah2026");
        String back = KeycloakResource.PUBLIC_BASE_URL + "/admin";

        HttpResponse<String> logout = browser().send(HttpRequest.newBuilder(URI.create(KeycloakResource.realmUrl()
                        + "/protocol/openid-connect/logout?id_token_hint=" + tokens.path("id_token").asText()
                        + "&post_logout_redirect_uri=" + URLEncoder.encode(back, UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, logout.statusCode(), logout.body());
        assertEquals(back, logout.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> refresh = browser().send(HttpRequest.newBuilder(
                        URI.create(KeycloakResource.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "refresh_token",
                        "refresh_token", tokens.path("refresh_token").asText(),
                        "client_id", KeycloakResource.ADMIN_CLIENT_ID,
                        "client_secret", KeycloakResource.adminClientSecret())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refresh.statusCode(), "the session is gone: " + refresh.body());
        assertTrue(refresh.body().contains("invalid_grant"), refresh.body());
    }

    @Test
    void foreignPostLogoutRedirectIsRefused() throws Exception {
        JsonNode tokens = codeFlowTokens("viewer", "Viewer#Zivah2026");

        HttpResponse<String> logout = browser().send(HttpRequest.newBuilder(URI.create(KeycloakResource.realmUrl()
                        + "/protocol/openid-connect/logout?id_token_hint=" + tokens.path("id_token").asText()
                        + "&post_logout_redirect_uri=" + URLEncoder.encode("https://evil.example/", UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, logout.statusCode(), logout.body());
    }

    @Test
    void testAppsOnRandomLocalPortsMayBeRedirectedTo() throws Exception {
        HttpResponse<String> response = browser().send(HttpRequest.newBuilder(
                        authorizeUri("http://localhost:43117/admin", null)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("kc-form-login"));
    }

    @Test
    void shippedRealmHasNoTestClient() throws Exception {
        String realm = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("zivah.realm.file")));
        assertFalse(realm.contains(KeycloakResource.TEST_CLIENT_ID));
        assertFalse(realm.contains("directAccessGrantsEnabled\": true"));
        assertTrue(realm.contains("\"secret\": \"${ZIVAH_ADMIN_CLIENT_SECRET}\""), "client secret comes from the environment");
        assertFalse(realm.contains("localhost"), "URLs come from ${ZIVAH_PUBLIC_BASE_URL}; local ports are a test-only widening");
        JsonNode users = JSON.readTree(realm).path("users");
        assertEquals(1, users.size(), "only the service account's user; demo accounts live in demo/zivah-users-0.json");
        assertEquals(KeycloakResource.USER_ADMIN_CLIENT_ID, users.get(0).path("serviceAccountClientId").asText());
        assertFalse(realm.contains("\"credentials\""), "no password in the shipped realm");
        assertNotEquals("${ZIVAH_ADMIN_CLIENT_SECRET}", KeycloakResource.adminClientSecret());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The token endpoint's answer after a full authorization-code login of {@code admin-frontend}. */
    private static JsonNode codeFlowTokens(String username, String password) throws Exception {
        HttpClient browser = browser();
        String redirect = KeycloakResource.PUBLIC_BASE_URL + "/admin";
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorizeUri(redirect, null)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(page.body());
        assertTrue(action.find(), "login form present");
        String formAction = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");

        // the JDK cookie store drops Keycloak's SameSite=None cookies on plain HTTP: carry them by hand
        String cookies = page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(formAction))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username", username, "password", password, "credentialId", ""))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        String location = login.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirect + "?"), location);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertTrue(code.find(), location);

        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(
                        URI.create(KeycloakResource.realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "authorization_code",
                                "code", code.group(1),
                                "redirect_uri", redirect,
                                "code_verifier", PKCE_VERIFIER,
                                "client_id", KeycloakResource.ADMIN_CLIENT_ID,
                                "client_secret", KeycloakResource.adminClientSecret()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, tokens.statusCode(), tokens.body());
        return JSON.readTree(tokens.body());
    }


    private static HttpResponse<String> grant(String username, String password) {
        return KeycloakResource.passwordGrant(KeycloakResource.TEST_CLIENT_ID, null, username, password);
    }

    private static String createUser(String username, String password) {
        HttpResponse<String> created = KeycloakResource.admin("POST", "/users", Map.of(
                "username", username,
                "enabled", true,
                "email", username + "@zivah.example",
                "emailVerified", true,
                "firstName", "Lock",
                "lastName", "Out",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonNode adminFrontendClient() throws Exception {
        JsonNode clients = JSON.readTree(KeycloakResource.admin(
                "GET", "/clients?clientId=" + KeycloakResource.ADMIN_CLIENT_ID, null).body());
        assertEquals(1, clients.size());
        return clients.get(0);
    }

    private static Set<String> platformRoles(JsonNode claims) {
        JsonNode roles = claims.path("realm_access").path("roles");
        assertNotNull(roles);
        Set<String> result = new java.util.HashSet<>();
        roles.forEach(r -> {
            if (PLATFORM_ROLES.contains(r.asText())) {
                result.add(r.asText());
            }
        });
        return result;
    }

    private static Set<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        if (aud.isTextual()) {
            return Set.of(aud.asText());
        }
        Set<String> result = new java.util.HashSet<>();
        aud.forEach(a -> result.add(a.asText()));
        return result;
    }

    private static URI authorizeUri(String redirectUri, String uiLocale) {
        String query = "client_id=" + KeycloakResource.ADMIN_CLIENT_ID
                + "&response_type=code&scope=openid"
                + "&code_challenge_method=S256&code_challenge=" + PKCE_CHALLENGE
                + "&state=" + UUID.randomUUID()
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, UTF_8)
                + (uiLocale == null ? "" : "&ui_locales=" + uiLocale);
        return URI.create(KeycloakResource.realmUrl() + "/protocol/openid-connect/auth?" + query);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
