package com.zivah.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KeycloakResource;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The {@code zivah-user-admin} service account (admin-frontend's user administration) can do exactly what the users
 * page needs through the Keycloak Admin API — and Keycloak's own mails reach the configured SMTP server, branded.
 */
class UserAdminServiceAccountTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void listsSearchesAndReadsTheRealmRolesOfUsers() throws Exception {
        String token = serviceAccountToken();

        JsonNode found = JSON.readTree(call(token, "GET", "/users?search=manager&briefRepresentation=false", null).body());
        JsonNode manager = null;
        for (JsonNode user : found) {
            if (user.path("username").asText().equals("manager")) {
                manager = user;
            }
        }
        assertTrue(manager != null, found.toString());
        assertTrue(manager.path("enabled").asBoolean());

        HttpResponse<String> roles = call(token, "GET", "/users/" + manager.path("id").asText() + "/role-mappings/realm", null);
        assertEquals(200, roles.statusCode(), roles.body());
        assertTrue(names(JSON.readTree(roles.body())).contains("MANAGER"), roles.body());

        HttpResponse<String> count = call(token, "GET", "/users/count", null);
        assertEquals(200, count.statusCode(), count.body());
        // the realm's roles as representations, without view-realm: what the user may still be given
        HttpResponse<String> available = call(token, "GET", "/users/" + manager.path("id").asText()
                + "/role-mappings/realm/available", null);
        assertEquals(200, available.statusCode(), available.body());
        assertTrue(names(JSON.readTree(available.body())).containsAll(Set.of("ADMIN", "VIEWER")), available.body());
        // least privilege: reading the realm's role list itself needs view-realm, which the account does not have
        assertEquals(403, call(token, "GET", "/roles", null).statusCode());
    }

    @Test
    void createsAUserMapsAndUnmapsRolesDisablesAndEnables() throws Exception {
        String token = serviceAccountToken();
        String username = "staff-" + RealmHardeningTest.suffix();
        HttpResponse<String> created = call(token, "POST", "/users", Map.of("username", username, "enabled", true,
                "email", username + "@zivah.example", "firstName", "New", "lastName", "Staff"));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        for (String role : List.of("ADMIN", "MANAGER", "VIEWER")) {
            // the role's id from what the user may still be given (view-users), not from /roles (view-realm)
            String roleId = null;
            for (JsonNode r : JSON.readTree(call(token, "GET", "/users/" + id + "/role-mappings/realm/available", null).body())) {
                if (r.path("name").asText().equals(role)) {
                    roleId = r.path("id").asText();
                }
            }
            assertTrue(roleId != null, role + " is available");
            List<Map<String, String>> body = List.of(Map.of("id", roleId, "name", role));

            assertEquals(204, call(token, "POST", "/users/" + id + "/role-mappings/realm", body).statusCode(), role);
            assertTrue(names(JSON.readTree(call(token, "GET", "/users/" + id + "/role-mappings/realm", null).body()))
                    .contains(role));
            assertEquals(204, call(token, "DELETE", "/users/" + id + "/role-mappings/realm", body).statusCode(), role);
            assertFalse(names(JSON.readTree(call(token, "GET", "/users/" + id + "/role-mappings/realm", null).body()))
                    .contains(role));
        }

        assertEquals(204, call(token, "PUT", "/users/" + id, Map.of("enabled", false)).statusCode());
        assertFalse(JSON.readTree(call(token, "GET", "/users/" + id, null).body()).path("enabled").asBoolean(true));
        assertEquals(204, call(token, "PUT", "/users/" + id, Map.of("enabled", true)).statusCode());
        assertTrue(JSON.readTree(call(token, "GET", "/users/" + id, null).body()).path("enabled").asBoolean());
    }

    @Test
    void cannotTouchClientsTheRealmOrAdministratorRoles() throws Exception {
        String token = serviceAccountToken();

        assertEquals(403, call(token, "GET", "/clients", null).statusCode(), "clients and their secrets");
        assertEquals(403, call(token, "PUT", "", Map.of("registrationAllowed", true)).statusCode(), "realm settings");
        assertEquals(403, call(token, "POST", "/roles", Map.of("name", "SUPERUSER")).statusCode(), "new roles");

        // realm-management's realm-admin is not the account's to hand out (no escalation through manage-users)
        String userId = RealmHardeningTest.createUser("escalate-" + RealmHardeningTest.suffix());
        JsonNode realmManagement = JSON.readTree(KeycloakResource.admin("GET", "/clients?clientId=realm-management", null)
                .body()).get(0);
        JsonNode realmAdmin = JSON.readTree(KeycloakResource.admin("GET", "/clients/" + realmManagement.path("id").asText()
                + "/roles/realm-admin", null).body());
        HttpResponse<String> escalation = call(token, "POST", "/users/" + userId + "/role-mappings/clients/"
                + realmManagement.path("id").asText(), List.of(Map.of("id", realmAdmin.path("id").asText(), "name", "realm-admin")));
        assertEquals(403, escalation.statusCode(), escalation.body());
    }

    @Test
    void setPasswordMailOfANewUserIsBrandedSpanishAndReachesTheSmtpServer() throws Exception {
        String token = serviceAccountToken();
        String username = "welcome-" + RealmHardeningTest.suffix();
        String email = username + "@zivah.example";
        String id = createViaServiceAccount(token, username, email, null);

        HttpResponse<String> sent = call(token, "PUT", "/users/" + id + "/execute-actions-email?client_id="
                + KeycloakResource.ADMIN_CLIENT_ID + "&redirect_uri="
                + URLEncoder.encode(KeycloakResource.PUBLIC_BASE_URL + "/admin", UTF_8), List.of("UPDATE_PASSWORD"));
        assertEquals(204, sent.statusCode(), sent.body());

        MimeMessage mail = awaitMail(email);
        assertEquals("ZIVAH: elija su contraseña de acceso", mail.getSubject());
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("no-reply@zivah.example", from.getAddress());
        assertEquals("ZIVAH", from.getPersonal());
        String body = text(mail);
        assertTrue(body.contains("Elegir mi contrase"), "HTML call to action");
        assertTrue(body.contains("border-bottom:4px solid #e3a33b"), "ZIVAH layout");
        assertTrue(body.contains(KeycloakResource.realmUrl() + "/login-actions/action-token?key="), "link to the realm");
    }

    @Test
    void passwordResetMailFollowsTheUsersLanguage() throws Exception {
        String token = serviceAccountToken();
        String username = "reset-" + RealmHardeningTest.suffix();
        String email = username + "@zivah.example";
        String id = createViaServiceAccount(token, username, email, "en");

        HttpResponse<String> sent = call(token, "PUT", "/users/" + id + "/execute-actions-email", List.of("UPDATE_PASSWORD"));
        assertEquals(204, sent.statusCode(), sent.body());

        MimeMessage mail = awaitMail(email);
        assertEquals("ZIVAH: choose your sign-in password", mail.getSubject());
        assertTrue(text(mail).contains("Choose my password"));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static String createViaServiceAccount(String token, String username, String email, String locale) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", username, "enabled", true, "email", email,
                "emailVerified", true, "firstName", "Ana", "lastName", "Prueba"));
        if (locale != null) {
            user.put("attributes", Map.of("locale", List.of(locale)));
        }
        HttpResponse<String> created = call(token, "POST", "/users", user);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Every text part of the mail, decoded (HTML and plain text). */
    private static String text(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    private static MimeMessage awaitMail(String recipient) {
        return Awaitility.await("mail to " + recipient).atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
                        GreenMailResource.greenMail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst().orElse(null), java.util.Objects::nonNull);
    }

    static String serviceAccountToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(KeycloakResource.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + KeycloakResource.USER_ADMIN_CLIENT_ID + "&client_secret="
                        + URLEncoder.encode(KeycloakResource.userAdminSecret(), UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> call(String token, String method, String pathInRealm, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            return HTTP.send(HttpRequest.newBuilder(URI.create(KeycloakResource.baseUrl() + "/admin/realms/"
                                    + KeycloakResource.REALM + pathInRealm))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(JsonNode roles) {
        java.util.HashSet<String> result = new java.util.HashSet<>();
        roles.forEach(r -> result.add(r.path("name").asText()));
        return result;
    }
}
