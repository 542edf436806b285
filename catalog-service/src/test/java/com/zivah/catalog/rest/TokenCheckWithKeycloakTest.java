package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.KeycloakResource;
import com.zivah.testsupport.OutgoingOidcCalls;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Real Keycloak access tokens: the catalog verifies JWTs itself (signature, issuer, audience {@code zivah-api})
 * and never asks Keycloak about a token (no introspection: an anonymous caller must not make us call out).
 */
@QuarkusTest
@TestProfile(TokenCheckWithKeycloakTest.RealKeycloak.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@WithTestResource(KeycloakResource.class)
class TokenCheckWithKeycloakTest {

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true");
        }
    }

    static final String OTHER_CLIENT = "zivah-test-other-audience";

    @Inject
    DataSource dataSource;

    @Inject
    OutgoingOidcCalls oidcCalls;

    private long idOf(String sku) {
        return ((Number) new CatalogDatabase(dataSource).row("select id from product where sku = ?", sku).get("id")).longValue();
    }

    private long versionOf(long id) {
        return ((Number) new CatalogDatabase(dataSource).row("select version from product where id = ?", id)
                .get("version")).longValue();
    }

    @Test
    void aStaffTokenForTheApiAudienceMayEdit() {
        long id = idOf("ZV-ESP-004");
        String token = KeycloakResource.accessToken("manager", "Manager#Zivah2026");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ProductUpdateTest.validBody(versionOf(id)))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(200).body("version", is((int) versionOf(id)));
    }

    @Test
    void anOpaqueTokenIsRefusedWithoutAnyCallToKeycloak() {
        long id = idOf("ZV-ESP-004");
        long version = versionOf(id);
        oidcCalls.clear();
        given().auth().oauth2("opaque-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(ProductUpdateTest.validBody(version))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(401);
        assertEquals(List.of(), oidcCalls.calls(), "no introspection or other call to Keycloak");
        assertEquals(version, versionOf(id));
    }

    @Test
    void aValidTokenIssuedForAnotherAudienceIsRefused() {
        long id = idOf("ZV-ESP-004");
        long version = versionOf(id);
        String token = tokenWithoutApiAudience("admin", "Admin#Zivah2026");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ProductUpdateTest.validBody(version))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(401);
        assertEquals(version, versionOf(id));
    }

    /** A genuine, correctly signed realm token of a client without the zivah-api audience mapper. */
    static String tokenWithoutApiAudience(String user, String password) {
        HttpResponse<String> created = KeycloakResource.admin("POST", "/clients", Map.of(
                "clientId", OTHER_CLIENT, "enabled", true, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        HttpResponse<String> grant = KeycloakResource.passwordGrant(OTHER_CLIENT, null, user, password);
        assertEquals(200, grant.statusCode(), grant.body());
        String token = io.restassured.path.json.JsonPath.from(grant.body()).getString("access_token");
        assertFalse(KeycloakResource.claims(token).path("aud").toString().contains(KeycloakResource.API_AUDIENCE),
                KeycloakResource.claims(token).toString());
        assertTrue(KeycloakResource.claims(token).path("realm_access").path("roles").toString().contains("ADMIN"));
        return token;
    }
}
