package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.catalog.CatalogDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.KeycloakResource;
import com.zivah.testsupport.RealKeycloakProfile;
import com.zivah.testsupport.OutgoingOidcCalls;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Real Keycloak access tokens: the catalog verifies JWTs itself (signature, issuer, audience {@code zivah-api})
 * and never asks Keycloak about a token (no introspection: an anonymous caller must not make us call out).
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
@WithTestResource(KeycloakResource.class)
class TokenCheckWithKeycloakTest {

    @Inject
    DataSource dataSource;

    @Inject
    OutgoingOidcCalls oidcCalls;

    private long idOf(String sku) {
        return new CatalogDatabase(dataSource).productId(sku);
    }

    private long versionOf(long id) {
        return new CatalogDatabase(dataSource).productVersion(id);
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
        String token = KeycloakResource.accessTokenWithoutApiAudience("admin", "Admin#Zivah2026");
        assertTrue(KeycloakResource.claims(token).path("realm_access").path("roles").toString().contains("ADMIN"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ProductUpdateTest.validBody(version))
                .when().put("/api/catalog/products/" + id)
                .then().statusCode(401);
        assertEquals(version, versionOf(id));
    }
}
