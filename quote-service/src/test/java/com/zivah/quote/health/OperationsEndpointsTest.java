package com.zivah.quote.health;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics, OpenAPI and the request id (the shared contract), plus what is particular to quote-service:
 * readiness covers the database and messaging, the outbox metrics exist, and no quote number becomes a label.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected Set<String> readinessChecks() {
        return Set.of("Database connections health check", "SmallRye Reactive Messaging - readiness check");
    }

    @Override
    protected Set<String> serviceMetrics() {
        return Set.of("http_server_requests_seconds", "zivah_outbox_published_total");
    }

    @Override
    protected String routeTemplate() {
        return "/api/quotes/{quoteNumber}";
    }

    @Override
    protected String pathMatchingTemplate(int i) {
        return "/api/quotes/ZQ-2026-00000" + i;
    }

    @Override
    protected List<String> openApiPaths() {
        return List.of("/api/quotes/{quoteNumber}");
    }

    @Override
    protected ValidatableResponse sendInvalidRequest(RequestSpecification request) {
        return request.contentType("application/json").body("{").when().post("/api/quotes").then().statusCode(400);
    }

    @Test
    void noQuoteNumberOrUnmatchedPathBecomesAMetricLabel() {
        for (int i = 0; i < 5; i++) {
            given().when().get(pathMatchingTemplate(i)).then().statusCode(401);
            given().when().get("/api/quotes/garbage-" + i + "/x").then().statusCode(404);
            given().when().get("/garbage-" + i).then().statusCode(404);
        }
        String scrape = given().when().get(metrics).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(scrape);
        boolean any = false;
        while (m.find()) {
            any = true;
            String uri = m.group(1);
            assertTrue(!uri.contains("ZQ-") && !uri.contains("garbage"), "raw path as a label: " + uri);
        }
        assertTrue(any, "http_server_requests_seconds_count series in " + scrape);
    }
}
