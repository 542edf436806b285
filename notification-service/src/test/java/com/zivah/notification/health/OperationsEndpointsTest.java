package com.zivah.notification.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.KeycloakResource;
import com.zivah.testsupport.RealKeycloakProfile;
import com.zivah.testsupport.OperationsEndpointsContract;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared operations contract (health and metrics on the management interface only, route templates as metric
 * labels, OpenAPI, request ids in problems), plus this service's own: readiness waits for the Kafka consumers (not
 * for SMTP: mail waits in the queue), and the
 * raw paths a caller controls (matrix parameters, encoded new lines, unknown routes) never reach the metrics.
 *
 * <p>The only route of this service is staff-only, and an anonymous 401 is labelled {@code UNKNOWN}, not with the
 * template. {@code @TestSecurity} does not reach the contract's inherited test methods (it is looked up on the
 * declaring class), so every request of this class carries a real Keycloak token of a MANAGER, the way the gateway
 * forwards staff calls; the anonymous test drops it.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(KeycloakResource.class)
class OperationsEndpointsTest extends OperationsEndpointsContract {

    private static final String DELIVERIES = "/api/notifications/deliveries";

    /**
     * Route templates of this service, and Quarkus' names for what matched none (404, 3xx, other 4xx of unmatched
     * paths with {@code quarkus.micrometer.binder.http-server.suppress4xx-errors}).
     */
    private static final Set<String> ALLOWED_URIS = Set.of(DELIVERIES, "NOT_FOUND", "REDIRECTION", "UNKNOWN");
    private static final Pattern ROUTE_TEMPLATE = Pattern.compile("/api/notifications(/([a-z]+(-[a-z]+)*|\\{[a-zA-Z]+\\}))+");

    @BeforeEach
    void asManager() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + KeycloakResource.accessToken("manager", "Manager#Zivah2026"))
                .build();
    }

    @AfterEach
    void anonymousAgain() {
        RestAssured.requestSpecification = null;
    }

    @Override
    protected Set<String> readinessChecks() {
        return Set.of(ConsumersJoinedCheck.NAME, "Database connections health check");
    }

    @Override
    protected Set<String> serviceMetrics() {
        return Set.of("zivah_notification_mails_sent_total",
                "zivah_notification_mails_failed_attempts_total",
                "zivah_notification_events_duplicate_total",
                "zivah_notification_mails_suppressed_total{reason=\"recipient-limit\"}",
                "zivah_notification_mails_suppressed_total{reason=\"budget\"}",
                "zivah_mail_budget_exceeded",
                "zivah_notification_mails_pending ",
                "zivah_notification_mails_pending_oldest_age_seconds",
                "zivah_notification_mails_failed ",
                "zivah_notification_mails_given_up_total");
    }

    @Override
    protected String routeTemplate() {
        return DELIVERIES;
    }

    @Override
    protected String pathMatchingTemplate(int i) {
        return DELIVERIES + "?page=" + i; // the only route
    }

    @Override
    protected List<String> openApiPaths() {
        return List.of(DELIVERIES);
    }

    @Override
    protected ValidatableResponse sendInvalidRequest(RequestSpecification request) {
        return request.queryParam("size", 500).when().get(DELIVERIES).then().statusCode(400);
    }

    @Test
    void readinessWaitsForTheConsumersNotForSmtp() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("checks.find { it.name == 'Kafka consumers joined' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka consumers joined' }.data.'quote-submitted'", equalTo("joined"))
                .body("checks.find { it.name == 'Kafka consumers joined' }.data.'contact-received'", equalTo("joined"))
                .body("checks.name", not(hasItem("SMTP server")));
    }

    @Test
    void startupProbeIsNotOnTheMainPortEither() {
        given().when().get("/q/health/started").then().statusCode(404);
    }

    @Test
    void anonymousJunkPathsDoNotBecomeLabels() {
        anonymousAgain();
        given().when().get(DELIVERIES + ";x=1").then().statusCode(404);
        given().when().get(DELIVERIES + "/x%0Afake").then().statusCode(404);
        given().queryParam("size", 5).when().get(DELIVERIES).then().statusCode(401);
        given().when().get("/nope-fake-" + System.nanoTime()).then().statusCode(404);

        assertOnlyTemplatesAsUriLabels();
    }

    @Test
    void uriLabelsAreRouteTemplatesNotRawPaths() {
        // raw paths a caller controls: matrix parameters, encoded new lines, random segments, unknown routes
        given().when().get(DELIVERIES + ";jsessionid=fake").then().statusCode(404);
        given().when().get(DELIVERIES + "/x%0Afake").then().statusCode(404);
        given().when().get("/nope-fake-" + System.nanoTime()).then().statusCode(404);
        given().when().post(DELIVERIES + "/fake-" + System.nanoTime()).then().statusCode(404);
        given().when().post(DELIVERIES).then().statusCode(405);
        given().queryParam("size", 5).when().get(DELIVERIES).then().statusCode(200);

        assertTrue(assertOnlyTemplatesAsUriLabels().contains(DELIVERIES), "the template is recorded");
    }

    private Set<String> assertOnlyTemplatesAsUriLabels() {
        String body = given().when().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE).matcher(body);
        while (m.find()) {
            uris.add(m.group(1));
        }
        for (String uri : uris) {
            // a route template of ours (literal segments or {params}, as other tests of this JVM may have hit them,
            // e.g. the admin's pact verification posts .../{id}/resend) or one of Micrometer's buckets — never a raw path
            assertTrue(ALLOWED_URIS.contains(uri) || ROUTE_TEMPLATE.matcher(uri).matches(),
                    "raw path as a metric label: " + uri + " in " + uris);
        }
        assertEquals(-1, body.indexOf("fake"), "no raw path anywhere in the metrics");
        return uris;
    }
}
