package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.product;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.KeycloakResource;
import com.zivah.testsupport.RealKeycloakProfile;
import com.zivah.testsupport.OutgoingOidcCalls;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service checks real Keycloak access tokens itself: signature, issuer, audience {@code zivah-api} and
 * realm roles from realm_access.roles. It never calls Keycloak about a token (no introspection).
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
@WithTestResource(KeycloakResource.class)
class StaffAccessWithKeycloakTest {

    @Inject
    OutgoingOidcCalls oidcCalls;

    @Test
    void everyStaffRoleReadsQuotesWithARealToken() {
        long p = product("ZV-KC-1", "Sésamo", "Sesame", "kg", true);
        String number = QuoteReadTest.submit("Con token", p, 100);
        for (String[] user : new String[][] {{"admin", "Admin#Zivah2026"}, {"manager", "Manager#Zivah2026"},
                {"viewer", "Viewer#Zivah2026"}}) {
            String token = KeycloakResource.accessToken(user[0], user[1]);
            given().auth().oauth2(token).when().get("/api/quotes/" + number)
                    .then().statusCode(200).body("quoteNumber", equalTo(number));
        }
    }

    @Test
    void noTokenOrAForgedTokenIsRefused() {
        given().when().get("/api/quotes").then().statusCode(401);
        String token = KeycloakResource.accessToken("viewer", "Viewer#Zivah2026");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).when().get("/api/quotes").then().statusCode(401);
    }

    @Test
    void anOpaqueTokenIsRefusedWithoutAnyCallToKeycloak() {
        oidcCalls.clear();
        given().auth().oauth2("opaque-" + UUID.randomUUID()).when().get("/api/quotes").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").when().get("/api/quotes").then().statusCode(401);
        assertEquals(List.of(), oidcCalls.calls(), "no introspection or other call to Keycloak");
    }

    @Test
    void anOpaqueTokenOnThePublicSubmissionIsAlsoRefusedWithoutACall() {
        oidcCalls.clear();
        given().auth().oauth2("opaque-" + UUID.randomUUID()).contentType("application/json").body("{}")
                .when().post("/api/quotes").then().statusCode(401);
        assertEquals(List.of(), oidcCalls.calls(), "no introspection or other call to Keycloak");
    }

    @Test
    void aValidTokenIssuedForAnotherAudienceIsRefused() {
        String token = KeycloakResource.accessTokenWithoutApiAudience("admin", "Admin#Zivah2026");
        assertTrue(KeycloakResource.claims(token).path("realm_access").path("roles").toString().contains("ADMIN"));
        given().auth().oauth2(token).when().get("/api/quotes").then().statusCode(401);
        // the same user through a client that asks for the API audience is let in
        given().auth().oauth2(KeycloakResource.accessToken("admin", "Admin#Zivah2026")).when().get("/api/quotes")
                .then().statusCode(200);
    }
}
