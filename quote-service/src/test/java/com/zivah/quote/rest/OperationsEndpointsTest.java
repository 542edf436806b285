package com.zivah.quote.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics, OpenAPI and the request id: what operators and the gateway rely on. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class OperationsEndpointsTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("zivah_outbox_published_total"));
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
