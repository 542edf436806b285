package com.zivah.web.health;

import org.junit.jupiter.api.BeforeEach;
import jakarta.inject.Inject;
import com.zivah.web.service.CatalogCache;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics and OpenAPI live on the management interface only; readiness follows the catalog; metric labels
 * never carry raw paths. Not test-support's OperationsEndpointsContract: that one expects problem documents and
 * OpenAPI on the application port, and a page app has neither (its 4xx are pages, its /q/* is a 404).
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
class OperationsEndpointsTest {

    /** Answers cached by an earlier test (or class) must not hide what this test makes catalog-service do. */
    @Inject
    CatalogCache catalogCache;

    @BeforeEach
    void forgetTheCatalog() {
        catalogCache.forgetAll();
    }

    private static final Pattern URI_LABEL = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @AfterEach
    void catalogBackUp() {
        Fake.catalogMode("OK");
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get(live).then().statusCode(200).body(containsString("UP"));
        given().get(ready).then().statusCode(200).body(containsString("catalog-service"));
        given().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get(openapi).then().statusCode(200).body(startsWith("---"));
    }

    @Test
    void readinessGoesDownWithTheCatalog() {
        Fake.catalogMode("ERROR");
        given().get(ready).then().statusCode(503).body(containsString("DOWN"));
    }

    @Test
    void readinessStaysUpOnTheLastKnownCatalogWhileTheCatalogIsDown() {
        Fake.catalogMode("OK");
        given().get(ready).then().statusCode(200);
        String home = given().get("/es/").then().statusCode(200).extract().asString();
        Fake.catalogMode("DOWN");
        try {
            given().get(ready).then().statusCode(200).body(containsString("UP"));
            given().get("/es/").then().statusCode(200).body(org.hamcrest.Matchers.equalTo(home));
        } finally {
            Fake.catalogMode("OK");
        }
    }

    @Test
    void healthAndMetricsAreNotOnTheMainPort() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics")) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }

    @Test
    void healthAndMetricsAreOnTheManagementPort() {
        given().get(health).then().statusCode(200).body(containsString("catalog-service"));
        given().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void distinctGarbagePathsDoNotCreateDistinctMetricSeries() {
        given().get("/").then().statusCode(200);
        given().get("/es/contacto").then().statusCode(200);
        // one round of each kind of garbage first, so the comparison does not depend on which test classes ran
        // before in this JVM (the fixed labels they produce, e.g. /{too-large} and UNKNOWN, exist once either way)
        sendGarbage(-1);
        Set<String> before = uriLabels();
        for (int i = 0; i < 12; i++) {
            sendGarbage(i);
        }
        Set<String> after = uriLabels();
        assertTrue(after.stream().noneMatch(uri -> uri.contains("garbage") || uri.contains("gracias-")), after.toString());
        assertTrue(after.size() <= before.size() + 2, "at most a NOT_FOUND-like label is added: " + before + " -> " + after);
        assertTrue(after.contains("root") && after.contains("/es/contacto"), "route templates are kept: " + after);
        Set<String> again = uriLabels();
        for (int i = 0; i < 5; i++) {
            given().redirects().follow(false).get("/other-" + i).then().statusCode(404);
        }
        assertEquals(again, uriLabels(), "further garbage adds nothing");
    }

    private static void sendGarbage(int i) {
        given().urlEncodingEnabled(false).redirects().follow(false)
                .get("/cotizar/x" + i + "%00?q=%00" + i).then().statusCode(404);
        given().urlEncodingEnabled(false).redirects().follow(false)
                .get("/cotizar?producto=%00" + i).then().statusCode(400);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("a=" + "b".repeat(300 * 1024)).post("/big-" + i).then().statusCode(413);
        given().urlEncodingEnabled(false).redirects().follow(false)
                .get("/garbage-" + i + "/%2e%2e/x" + i + ";jsessionid=" + i).then().statusCode(404);
        given().redirects().follow(false).get("/cotizar/gracias-" + i).then().statusCode(404);
        given().redirects().follow(false).queryParam("numero", "<" + i + ">").get("/cotizar/gracias")
                .then().statusCode(404);
    }

    private Set<String> uriLabels() {
        String body = given().get(metrics).then().statusCode(200).extract().asString();
        Set<String> labels = new TreeSet<>();
        Matcher m = URI_LABEL.matcher(body);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }
}
