package com.zivah.web.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /admin starts the authorization code flow (discovery served by the fake; the real login is in AdminLoginKeycloakTest). */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class AdminRedirectTest {

    @Test
    void anonymousAdminIsRedirectedToTheAuthorizationEndpoint() {
        given().redirects().follow(false).when().get("/admin")
                .then().statusCode(302)
                .header("Location", allOf(
                        startsWith(Fake.baseUrl() + "/realms/zivah/protocol/openid-connect/auth?"),
                        containsString("response_type=code"),
                        containsString("client_id=web-frontend"),
                        containsString("scope=openid"),
                        containsString("redirect_uri=http%3A%2F%2Flocalhost%3A")));
    }

    @Test
    void behindTheGatewayTheRedirectUriUsesTheForwardedHost() {
        given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "shop.zivah.example")
                .header("X-Forwarded-Port", "8443")
                .when().get("/admin")
                .then().statusCode(302)
                .header("Location", containsString("redirect_uri=https%3A%2F%2Fshop.zivah.example%3A8443%2Fadmin"));
    }
}
