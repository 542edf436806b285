package com.zivah.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.net.URL;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class GatewayRoutingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void catalogPrefixGoesToCatalogWithPathAndQueryUnchanged() {
        given().urlEncodingEnabled(false).get("/api/catalog/products?lang=en&page=2&q=caf%C3%A9%20verde")
                .then().statusCode(200)
                .body("upstream", equalTo("catalog"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/catalog/products?lang=en&page=2&q=caf%C3%A9%20verde"));
    }

    @Test
    void quotesPrefixGoesToQuotesWithThePostBodyAndStatusUnchanged() {
        String body = "{\"buyerEmail\":\"ana@example.com\",\"items\":[{\"sku\":\"CAF-001\",\"quantity\":\"12.50\"}],"
                + "\"notes\":\"" + "x".repeat(200_000) + "\"}";
        given().contentType("application/json").body(body)
                .post("/api/quotes/rfqs?status=201")
                .then().statusCode(201)
                .body("upstream", equalTo("quotes"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/quotes/rfqs?status=201"))
                .body("headers.content-type", equalTo("application/json"))
                .body("body", equalTo(body));
    }

    @Test
    void contactMessagesGoToQuotes() {
        given().contentType("application/json").body("{\"name\":\"Ana\"}")
                .post("/api/contact-messages?status=201")
                .then().statusCode(201)
                .body("upstream", equalTo("quotes"))
                .body("uri", equalTo("/api/contact-messages?status=201"))
                .body("body", equalTo("{\"name\":\"Ana\"}"));
        given().get("/api/contact-messages/ZM-2026-000001").then().statusCode(200).body("upstream", equalTo("quotes"));
        given().get("/api/contact-messagesX").then().statusCode(200).body("upstream", equalTo("web"));
    }

    @Test
    void everythingElseGoesToTheWebFrontend() {
        given().get("/").then().statusCode(200).body("upstream", equalTo("web")).body("uri", equalTo("/"));
        given().get("/en/products/green-coffee?ref=home").then().statusCode(200)
                .body("upstream", equalTo("web")).body("uri", equalTo("/en/products/green-coffee?ref=home"));
        given().get("/api/catalogue").then().statusCode(200).body("upstream", equalTo("web"));
        given().get("/quarkus").then().statusCode(200).body("upstream", equalTo("web"));
        // the staff area is admin-frontend, exactly /admin and below (not /administration)
        given().get("/admin").then().statusCode(200).body("upstream", equalTo("admin"));
        given().get("/admin/quotes?page=2").then().statusCode(200).body("upstream", equalTo("admin"))
                .body("uri", equalTo("/admin/quotes?page=2"));
        given().get("/administration").then().statusCode(200).body("upstream", equalTo("web"));
        given().get("/api/catalog").then().statusCode(200).body("upstream", equalTo("catalog"));
    }

    @Test
    void keycloaksRealmPagesAndThemeResourcesGoToKeycloakAndNothingElseOfIt() {
        given().urlEncodingEnabled(false).get("/auth/realms/zivah/protocol/openid-connect/auth?client_id=admin-frontend")
                .then().statusCode(200).body("upstream", equalTo("keycloak"))
                .body("uri", equalTo("/auth/realms/zivah/protocol/openid-connect/auth?client_id=admin-frontend"))
                .body("headers.x-forwarded-host", equalTo("localhost"))
                .body("headers.x-forwarded-proto", equalTo("http"));
        given().get("/auth/realms/zivah/.well-known/openid-configuration").then().statusCode(200)
                .body("upstream", equalTo("keycloak"));
        given().get("/auth/resources/abc12/login/zivah/css/zivah.css").then().statusCode(200)
                .body("upstream", equalTo("keycloak"));
        for (String hidden : new String[] {"/auth", "/auth/", "/auth/admin/master/console/", "/auth/admin/realms/zivah/users",
                "/auth/realms/master/protocol/openid-connect/token", "/auth/realms/zivahx/account", "/auth/js/keycloak.js"}) {
            given().get(hidden).then().statusCode(404).contentType(containsString("application/problem+json"));
        }
        given().get("/authors").then().statusCode(200).body("upstream", equalTo("web"));
    }

    @Test
    void upstreamStatusCodesPassThrough() {
        given().get("/api/catalog/products/nope?status=404").then().statusCode(404).body("upstream", equalTo("catalog"));
        given().get("/contact?status=503").then().statusCode(503).body("upstream", equalTo("web"));
    }

    @Test
    void forwardedHeadersDescribeTheOriginalRequestAndSpoofedOnesAreReplaced() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        given().header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=6.6.6.6;host=evil.example")
                .get("/api/quotes/rfqs")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("localhost"))
                .body("headers.x-forwarded-port", equalTo(String.valueOf(port)))
                .body("headers", not(org.hamcrest.Matchers.hasKey("forwarded")));
    }

    @Test
    void safeIncomingRequestIdIsKeptUpstreamAndEchoed() {
        given().header("X-Request-Id", "req-2026.11_abc")
                .get("/api/catalog/categories")
                .then().statusCode(200)
                .header("X-Request-Id", "req-2026.11_abc")
                .body("headers.x-request-id", equalTo("req-2026.11_abc"));
    }

    @Test
    void unsafeOrMissingRequestIdIsReplacedByAUuidThatUpstreamAndCallerShare() {
        for (String unsafe : new String[] {"bad id with spaces", "x".repeat(65), "<script>"}) {
            Response response = given().header("X-Request-Id", unsafe).get("/es/catalogo");
            response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
            assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));
            assertEquals(1, response.headers().getValues("X-Request-Id").size());
        }
        Response missing = given().get("/api/quotes/rfqs/1");
        missing.then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertEquals(missing.header("X-Request-Id"), missing.jsonPath().getString("headers.x-request-id"));
    }

    @Test
    void redirectsAndCookiesPassThroughUntouched() {
        Response response = given()
                .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/admin/login-redirect");

        response.then().statusCode(302)
                .header("Location", "http://localhost:8180/realms/zivah/protocol/openid-connect/auth?state=a%2Fb");
        org.hamcrest.MatcherAssert.assertThat(response.headers().getValues("Set-Cookie"), hasItems(
                "q_session=abc; Path=/; HttpOnly; SameSite=Lax",
                "q_auth=def; Path=/admin; HttpOnly"));
        assertEquals(2, response.headers().getValues("Set-Cookie").size());
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAreOnTheManagementPortAndNeverProxied() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'gateway-routes' }.status", equalTo("UP"))
                .body(not(containsString("localhost"))); // no upstream address in health output
        // on the public port /q/** is the gateway's own 404, not proxied to the web frontend
        for (String path : new String[] {"/q", "/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            given().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body(not(containsString("\"upstream\"")));
        }
        given().get("/api/catalog/warmup").then().statusCode(200);
        given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(not(containsString("\"upstream\"")));
    }

    @Test
    void metricLabelsAreRouteTemplatesNeverRawPaths() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/catalog/products/slug-" + i + "?status=404").then().statusCode(404);
            given().get("/garbage-" + i + "/x").then().statusCode(200);
        }
        String scrape = given().get(metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(scrape.contains("slug-"), "raw path in a metric label");
        org.junit.jupiter.api.Assertions.assertFalse(scrape.contains("garbage-"), "raw path in a metric label");
        org.hamcrest.MatcherAssert.assertThat(scrape, containsString("uri=\"/api/catalog/**\""));
        org.hamcrest.MatcherAssert.assertThat(scrape, containsString("uri=\"/**\""));
    }
}
