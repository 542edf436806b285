package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keycloak unreachable: the public site still works and /admin explains itself instead of failing raw. */
@QuarkusTest
@TestProfile(KeycloakDownTest.NoKeycloak.class)
@WithTestResource(value = FakeUpstreamsResource.class, initArgs = @ResourceArg(name = "oidc", value = "false"))
class KeycloakDownTest {

    public static class NoKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/realms/zivah",
                    "quarkus.oidc.credentials.secret", "test-only-secret-of-sufficient-length-0123456789",
                    "quarkus.oidc.connection-timeout", "PT1S");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void publicPagesDoNotNeedKeycloak() {
        given().when().get("/").then().statusCode(200).body(containsString("Café y cacao"));
    }

    @Test
    void adminShowsTheLocalizedUnavailablePage() {
        given().redirects().follow(false).when().get("/admin")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"es\">"), containsString("Servicio no disponible"),
                        not(containsString("Error id")), not(containsString("Exception"))));
        given().redirects().follow(false).cookie("lang", "en").when().get("/admin")
                .then().statusCode(503).body(containsString("Service unavailable"));
    }
}
