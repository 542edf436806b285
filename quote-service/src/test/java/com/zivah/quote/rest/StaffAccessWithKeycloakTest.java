package com.zivah.quote.rest;

import static com.zivah.quote.QuoteTestSupport.product;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.KeycloakResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service checks real Keycloak access tokens itself: realm roles from realm_access.roles. */
@QuarkusTest
@TestProfile(StaffAccessWithKeycloakTest.RealKeycloak.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
@WithTestResource(KeycloakResource.class)
class StaffAccessWithKeycloakTest {

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true");
        }
    }

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
}
