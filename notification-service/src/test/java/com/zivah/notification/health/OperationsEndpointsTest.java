package com.zivah.notification.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URL;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management interface (its own port, not routed by the gateway), never on the main port. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class OperationsEndpointsTest {

    /**
     * Route templates of this service, and Quarkus' names for what matched none (404, 3xx, other 4xx of unmatched
     * paths with {@code quarkus.micrometer.binder.http-server.suppress4xx-errors}).
     */
    private static final Set<String> ALLOWED_URIS = Set.of("/api/notifications/deliveries",
            "NOT_FOUND", "REDIRECTION", "UNKNOWN");

    @TestHTTPResource(value = "/health/ready", management = true) // relative to the management root /q
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @TestHTTPResource("/")
    URL main;

    @Test
    void readyWhenDatabaseKafkaAndSmtpAreUp() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("SMTP server", "Database connections health check"))
                .body("checks.find { it.name == 'SMTP server' }.status", equalTo("UP"));
    }

    @Test
    void liveAndStarted() {
        given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("zivah_notification_mails_sent_total"))
                .body(containsString("zivah_notification_mails_suppressed_total{reason=\"recipient-limit\"}"))
                .body(containsString("zivah_notification_mails_suppressed_total{reason=\"budget\"}"))
                .body(containsString("zivah_mail_budget_exceeded"));
    }

    @Test
    void managementInterfaceHasItsOwnPort() {
        assertNotEquals(main.getPort(), ready.getPort(), "health must not share the public port");
    }

    @Test
    void healthAndMetricsAreNotOnTheMainPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/health/started",
                "/q/metrics", "/q/openapi"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void anonymousJunkPathsDoNotBecomeLabels() {
        given().when().get("/api/notifications/deliveries;x=1").then().statusCode(404);
        given().when().get("/api/notifications/deliveries/x%0Afake").then().statusCode(404);
        given().queryParam("size", 5).when().get("/api/notifications/deliveries").then().statusCode(401);
        given().when().get("/nope-fake-" + System.nanoTime()).then().statusCode(404);

        assertOnlyTemplatesAsUriLabels();
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void uriLabelsAreRouteTemplatesNotRawPaths() {
        // raw paths a caller controls: matrix parameters, encoded new lines, random segments, unknown routes
        given().when().get("/api/notifications/deliveries;jsessionid=fake").then().statusCode(404);
        given().when().get("/api/notifications/deliveries/x%0Afake").then().statusCode(404);
        given().when().get("/nope-fake-" + System.nanoTime()).then().statusCode(404);
        given().when().post("/api/notifications/deliveries/fake-" + System.nanoTime()).then().statusCode(404);
        given().when().post("/api/notifications/deliveries").then().statusCode(405);
        given().queryParam("size", 5).when().get("/api/notifications/deliveries").then().statusCode(200);

        assertTrue(assertOnlyTemplatesAsUriLabels().contains("/api/notifications/deliveries"), "the template is recorded");
    }

    private Set<String> assertOnlyTemplatesAsUriLabels() {
        String body = given().when().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE).matcher(body);
        while (m.find()) {
            uris.add(m.group(1));
        }
        for (String uri : uris) {
            assertTrue(ALLOWED_URIS.contains(uri), "raw path as a metric label: " + uri + " in " + uris);
        }
        assertEquals(-1, body.indexOf("fake"), "no raw path anywhere in the metrics");
        return uris;
    }

    @Test
    void openApiDescribesTheDeliveryLog() {
        given().queryParam("format", "json").when().get(openApi)
                .then().statusCode(200)
                .body(containsString("/api/notifications/deliveries"));
    }
}
