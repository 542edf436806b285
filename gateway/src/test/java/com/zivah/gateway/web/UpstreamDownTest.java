package com.zivah.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UpstreamDownTest.DeadUpstreams.class)
class UpstreamDownTest {

    /** Every route points at a port nobody listens on. */
    public static class DeadUpstreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String dead = "http://localhost:" + closedPort();
            return Map.of(
                    "zivah.gateway.routes.catalog.url", dead,
                    "zivah.gateway.routes.quotes.url", dead,
                    "zivah.gateway.routes.web.url", dead,
                    "zivah.gateway.connect-timeout", "1S");
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
    void unreachableUpstreamGivesA502ProblemQuickly() {
        Response response = given().header("X-Request-Id", "down-check-1")
                .contentType("application/json").body("{\"a\":1}")
                .post("/api/quotes/rfqs");

        response.then().statusCode(502)
                .time(lessThan(5L), TimeUnit.SECONDS)
                .contentType(startsWith("application/problem+json"))
                .header("X-Request-Id", "down-check-1")
                .body("type", equalTo("https://zivah.com/problems/upstream-unavailable"))
                .body("title", equalTo("Upstream unavailable"))
                .body("status", equalTo(502))
                .body("detail", equalTo("The quote-service service is not reachable right now. Please try again shortly."))
                .body("requestId", equalTo("down-check-1"))
                .body("instance", equalTo("/api/quotes/rfqs"));
    }

    @Test
    void webFrontendDownAlsoGivesAProblemWithAGeneratedRequestId() {
        Response response = given().get("/es/");
        response.then().statusCode(502).contentType(startsWith("application/problem+json"));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("requestId"));
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void gatewayStaysHealthyWhenUpstreamsAreDown() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }
}
