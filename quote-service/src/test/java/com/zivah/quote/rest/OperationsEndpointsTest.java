package com.zivah.quote.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics, OpenAPI and the request id: what operators and the gateway rely on. Health and metrics are
 * on the management interface (a separate port the gateway does not route), OpenAPI on the application port.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class OperationsEndpointsTest {

    // relative to the management root path (/q)
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource("/")
    URL main;

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("zivah_outbox_published_total"));
    }

    @Test
    void healthAndMetricsAreNotOnTheApplicationPort() {
        assertNotEquals(main.getPort(), metrics.getPort(), "a separate management port");
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void metricLabelsAreRouteTemplatesNeverRawPaths() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/quotes/ZQ-2026-00000" + i).then().statusCode(401);
            given().when().get("/api/quotes/garbage-" + i + "/x").then().statusCode(404);
            given().when().get("/garbage-" + i).then().statusCode(404);
        }
        String scrape = given().when().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(scrape);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertTrue(uris.contains("/api/quotes/{quoteNumber}"), uris.toString());
        for (String uri : uris) {
            assertTrue(!uri.contains("ZQ-") && !uri.contains("garbage"), "raw path as a label: " + uri + " in " + uris);
        }
        long series = scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
        for (int i = 5; i < 10; i++) {
            given().when().get("/api/quotes/ZQ-2026-00000" + i).then().statusCode(401);
            given().when().get("/garbage-" + i).then().statusCode(404);
        }
        String again = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertEquals(series, again.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count(),
                "distinct paths must not create distinct series");
    }

    @Test
    void openApiDescribesTheQuoteEndpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/api/quotes/{quoteNumber}"));
    }

    @Test
    void theRequestIdIsEchoedAndNamedInProblems() {
        given().header("X-Request-Id", "req-123").contentType("application/json").body("{")
                .when().post("/api/quotes")
                .then().statusCode(400)
                .header("X-Request-Id", "req-123")
                .body("requestId", equalTo("req-123"));
    }
}
