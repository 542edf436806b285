package com.zivah.catalog.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.OperationsEndpointsContract;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management interface (its own port, never routed by the gateway). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected Set<String> readinessChecks() {
        return Set.of("Database connections health check", "SmallRye Reactive Messaging - readiness check");
    }

    @Override
    protected Set<String> serviceMetrics() {
        return Set.of("zivah_outbox_published_total");
    }

    @Override
    protected String routeTemplate() {
        return "/api/catalog/products/{id}";
    }

    @Override
    protected String pathMatchingTemplate(int i) {
        return "/api/catalog/products/no-such-product-" + i;
    }

    @Override
    protected List<String> openApiPaths() {
        return List.of("/api/catalog/products/{id}", "/api/catalog/categories", "/api/catalog/settings/public",
                "/api/catalog/settings", "/api/catalog/settings/{key}");
    }

    @Override
    protected ValidatableResponse sendInvalidRequest(RequestSpecification request) {
        return request.queryParam("size", 101).when().get("/api/catalog/products").then().statusCode(400);
    }

    /** The catalog's own paths: unknown routes, a NUL in the slug, real slugs — none of them becomes a label. */
    @Test
    void catalogPathsNeverBecomeLabels() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/catalog/garbage-" + i).then().statusCode(404);
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
                    && !uri.contains("cafe-verde") && !uri.contains("vainilla"), "raw path as a label: " + uri + " in " + uris);
        }
    }
}
