package com.zivah.catalog.health;

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

/** Health and metrics live on the management interface (its own port, never routed by the gateway). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
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
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/api/catalog/categories").then().statusCode(200);
        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
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
            given().when().get("/api/catalog/products/no-such-product-" + i).then().statusCode(404);
            given().when().get("/api/catalog/garbage-" + i).then().statusCode(404);
            given().when().get("/garbage-" + i + "/x").then().statusCode(404);
            given().urlEncodingEnabled(false).when().get("/api/catalog/products/bad%00slug-" + i).then().statusCode(400);
        }
        given().when().get("/api/catalog/products/cafe-verde-arabica-grado-1").then().statusCode(200);
        given().when().get("/api/catalog/products/vainilla-bourbon-vaina").then().statusCode(200);

        String scrape = given().when().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(scrape);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertTrue(uris.contains("/api/catalog/products/{id}"), uris.toString());
        for (String uri : uris) {
            assertTrue(!uri.contains("no-such") && !uri.contains("garbage") && !uri.contains("slug")
                    && !uri.contains("cafe-verde"), "raw path as a label: " + uri + " in " + uris);
        }
        // one more round of distinct paths adds no series
        long series = scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
        for (int i = 5; i < 10; i++) {
            given().when().get("/api/catalog/products/no-such-product-" + i).then().statusCode(404);
            given().when().get("/api/catalog/garbage-" + i).then().statusCode(404);
        }
        String again = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertEquals(series, again.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count(),
                "distinct paths must not create distinct series");
    }

    @Test
    void openApiDescribesTheCatalog() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/catalog/products/{id}"))
                .body(containsString("/api/catalog/categories"));
    }
}
