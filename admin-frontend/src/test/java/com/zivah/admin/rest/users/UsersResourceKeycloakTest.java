package com.zivah.admin.rest.users;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.zivah.admin.support.FakeUpstreamsResource;
import com.zivah.admin.support.StaffForms;
import com.zivah.admin.support.UserAdminKeycloakResource;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KeycloakResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The users pages through the real Keycloak Admin API with the realm's least-privilege service account
 * ({@code zivah-user-admin}): what the page does is checked in Keycloak itself, and the set-password mails Keycloak
 * sends are read from GreenMail.
 */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
@WithTestResource(value = FakeUpstreamsResource.class, initArgs = @ResourceArg(name = "oidc", value = "false"))
@WithTestResource(UserAdminKeycloakResource.class)
class UsersResourceKeycloakTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @TestSecurity(user = "boss@zivah.test", roles = "ADMIN")
    void anAdminCreatesAViewerWhoGetsTheSetPasswordMailThenChangesTheRoleAndDisablesTheUser() throws Exception {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@zivah.test";
        StaffForms.post("/admin/users")
                .formParam("email", " " + email.toUpperCase() + " ")
                .formParam("firstName", "Nuria")
                .formParam("lastName", "Vidal")
                .formParam("role", "VIEWER")
                .post("/admin/users")
                .then().statusCode(303).header("Location", "/admin/users?done=userCreated");

        JsonNode user = keycloakUser(email);
        String id = user.path("id").asText();
        assertEquals(email, user.path("username").asText());
        assertEquals("Nuria", user.path("firstName").asText());
        assertTrue(user.path("enabled").asBoolean());
        assertEquals(List.of("VIEWER"), staffRoles(id));

        MimeMessage mail = awaitMailTo(email, 1);
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("login-actions/action-token"), "a set-password link: " + body);

        given().queryParam("q", email).get("/admin/users").then().statusCode(200)
                .body(allOf(containsString(email), containsString("Nuria Vidal"), containsString("VIEWER"),
                        containsString("action=\"/admin/users/" + id + "/role\"")));

        StaffForms.post("/admin/users").formParam("role", "MANAGER").post("/admin/users/" + id + "/role")
                .then().statusCode(303).header("Location", "/admin/users?done=userRoleChanged");
        assertEquals(List.of("MANAGER"), staffRoles(id));

        StaffForms.post("/admin/users").post("/admin/users/" + id + "/password-reset")
                .then().statusCode(303).header("Location", "/admin/users?done=userResetSent");
        awaitMailTo(email, 2);

        given().get("/admin/users/" + id + "/disable").then().statusCode(200)
                .body(allOf(containsString("Nuria Vidal"), containsString("name=\"enabled\" value=\"false\"")));
        StaffForms.post("/admin/users").formParam("enabled", "false").post("/admin/users/" + id + "/enabled")
                .then().statusCode(303).header("Location", "/admin/users?done=userDisabledDone");
        assertFalse(keycloakUser(email).path("enabled").asBoolean());
        given().queryParam("q", email).queryParam("done", "userDisabledDone").get("/admin/users").then()
                .body(allOf(containsString("Desactivado"), containsString("Usuario desactivado")));

    }

    @Test
    @TestSecurity(user = "boss@zivah.test", roles = "ADMIN")
    void badOrTakenInputIsShownNextToTheFieldsAndCreatesNothing() throws Exception {
        String email = "taken-" + UUID.randomUUID().toString().substring(0, 8) + "@zivah.test";
        StaffForms.post("/admin/users").formParam("email", email).formParam("firstName", "Ana")
                .formParam("lastName", "Ruiz").formParam("role", "MANAGER").post("/admin/users")
                .then().statusCode(303);

        StaffForms.post("/admin/users").formParam("email", email).formParam("firstName", "Otra")
                .formParam("lastName", "Persona").formParam("role", "VIEWER").post("/admin/users")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"email-error\""), containsString("ya existe un usuario con este correo"),
                        containsString("value=\"Otra\"")));

        StaffForms.post("/admin/users").formParam("email", "not-an-address").formParam("firstName", "")
                .formParam("lastName", "X").formParam("role", "ROOT").post("/admin/users")
                .then().statusCode(400)
                .body(allOf(containsString("debe ser una dirección como"), containsString("id=\"firstName-error\""),
                        containsString("elija ADMIN, MANAGER o VIEWER")));
        assertEquals("[]", KeycloakResource.admin("GET", "/users?username=not-an-address&exact=true", null).body());
    }

    @Test
    @TestSecurity(user = "self@zivah.test", roles = "ADMIN")
    void anAdminCannotDisableThemselvesNorChangeTheirOwnRole() throws Exception {
        String email = "self@zivah.test";
        if (KeycloakResource.admin("GET", "/users?username=" + email + "&exact=true", null).body().equals("[]")) {
            var created = KeycloakResource.admin("POST", "/users", Map.of("username", email, "email", email,
                    "firstName", "Self", "lastName", "Admin", "enabled", true));
            assertEquals(201, created.statusCode(), created.body());
        }
        String id = keycloakUser(email).path("id").asText();

        given().get("/admin/users?q=self@zivah.test").then().statusCode(200)
                .body(allOf(containsString("(usted)"), not(containsString("/admin/users/" + id + "/disable"))));
        StaffForms.post("/admin/users").formParam("enabled", "false").post("/admin/users/" + id + "/enabled")
                .then().statusCode(409).body(containsString("no puede cambiar su propio rol ni desactivarse"));
        StaffForms.post("/admin/users").formParam("role", "VIEWER").post("/admin/users/" + id + "/role")
                .then().statusCode(409);
        assertTrue(keycloakUser(email).path("enabled").asBoolean());
    }

    @Test
    @TestSecurity(user = "mara", roles = "MANAGER")
    void aManagerHasNoUsersPage() {
        // refused by @RolesAllowed(ADMIN); admin-core's error page cannot yet render that 403 for a staff member (500)
        given().get("/admin/users").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .body(not(containsString("name=\"firstName\"")));
        // a forged POST with a valid CSRF pair (from the dashboard) is refused and creates nobody (the refusal is
        // a 403 by @RolesAllowed; the layout's error page cannot render a POST refused before the CSRF filter yet)
        StaffForms.post("/admin").formParam("email", "x@zivah.test").formParam("firstName", "X")
                .formParam("lastName", "Y").formParam("role", "ADMIN").post("/admin/users")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        assertEquals("[]", KeycloakResource.admin("GET", "/users?username=x@zivah.test&exact=true", null).body());
    }

    private static MimeMessage awaitMailTo(String email, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
                        GreenMailResource.greenMail().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email)).toList(), list -> list.size() >= count)
                .get(count - 1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static JsonNode keycloakUser(String email) throws Exception {
        JsonNode users = JSON.readTree(KeycloakResource.admin("GET", "/users?username=" + email + "&exact=true",
                null).body());
        assertEquals(1, users.size(), "one user " + email + ": " + users);
        return users.get(0);
    }

    private static List<String> staffRoles(String id) throws Exception {
        JsonNode roles = JSON.readTree(KeycloakResource.admin("GET", "/users/" + id + "/role-mappings/realm", null)
                .body());
        return java.util.stream.StreamSupport.stream(roles.spliterator(), false).map(r -> r.path("name").asText())
                .filter(List.of("ADMIN", "MANAGER", "VIEWER")::contains).sorted().toList();
    }
}
