package com.zivah.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What operators and the gateway rely on, the same for every service: readiness and liveness with the service's
 * checks, Prometheus metrics, all of it on the management interface (its own port, never routed by the gateway),
 * metric labels that are route templates (never raw paths: distinct paths must not create distinct series), OpenAPI
 * on the application port, and the request id echoed and named in problem documents. A service's
 * {@code health/OperationsEndpointsTest} extends this with {@code @QuarkusTest} and its test resources and answers
 * the abstract methods.
 */
public abstract class OperationsEndpointsContract {

    // relative to the management root path (/q)
    @TestHTTPResource(value = "/health/ready", management = true)
    protected URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    protected URL live;

    @TestHTTPResource(value = "/metrics", management = true)
    protected URL metrics;

    @TestHTTPResource("/")
    protected URL main;

    /** The names of the readiness checks this service must report UP. */
    protected abstract Set<String> readinessChecks();

    /** Metric names this service must expose besides the HTTP server's. */
    protected abstract Set<String> serviceMetrics();

    /** A route template of this service, e.g. {@code /api/quotes/{quoteNumber}}. */
    protected abstract String routeTemplate();

    /** The {@code i}-th raw path that matches {@link #routeTemplate()} (any status), e.g. {@code /api/quotes/ZQ-2026-00000i}. */
    protected abstract String pathMatchingTemplate(int i);

    /** Paths that {@code /q/openapi} must describe. */
    protected abstract List<String> openApiPaths();

    /** Sends a request that this service answers with a problem document (status 4xx). */
    protected abstract ValidatableResponse sendInvalidRequest(RequestSpecification request);

    @Test
    void readinessReportsTheServicesChecks() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks().toArray(String[]::new)));
        given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get(pathMatchingTemplate(0));
        ValidatableResponse scrape = given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        for (String name : serviceMetrics()) {
            scrape.body(containsString(name));
        }
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
            given().when().get(pathMatchingTemplate(i));
            given().when().get("/garbage-" + i + "/x").then().statusCode(404);
        }
        String scrape = given().when().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = labels(scrape);
        assertTrue(uris.contains(routeTemplate()), uris.toString());
        for (String uri : uris) {
            assertFalse(uri.contains("garbage"), "raw path as a label: " + uri + " in " + uris);
            for (int i = 0; i < 5; i++) {
                assertNotEquals(pathMatchingTemplate(i), uri, "raw path as a label in " + uris);
            }
        }
        long series = series(scrape);
        for (int i = 5; i < 10; i++) {
            given().when().get(pathMatchingTemplate(i));
            given().when().get("/garbage-" + i).then().statusCode(404);
        }
        assertEquals(series, series(given().when().get(metrics).then().statusCode(200).extract().asString()),
                "distinct paths must not create distinct series");
    }

    @Test
    void openApiDescribesTheEndpoints() {
        ValidatableResponse openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String path : openApiPaths()) {
            openApi.body(containsString(path));
        }
    }

    @Test
    void theRequestIdIsEchoedAndNamedInProblems() {
        sendInvalidRequest(given().header("X-Request-Id", "req-123"))
                .header("X-Request-Id", "req-123")
                .contentType("application/problem+json")
                .body("requestId", equalTo("req-123"));
        String generated = sendInvalidRequest(given().header("X-Request-Id", "bad id\r\nx"))
                .extract().header("X-Request-Id");
        assertTrue(generated != null && generated.matches("[0-9a-f-]{36}"), "an unsafe id is replaced: " + generated);
    }

    private static Set<String> labels(String scrape) {
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(scrape);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }

    private static long series(String scrape) {
        return scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
    }
}
