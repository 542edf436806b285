package com.zivah.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.testsupport.JsonLogFile;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Logs are JSON, one object per line: a {@code %0A} in a path or parameter is an escaped {@code \n} inside a
 * message, never a second (forged) log line. The test profile writes the same JSON to a file to read it back.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class LogForgingTest {

    static final Path LOG = Path.of("target", "catalog-service-test-log.json");
    static final JsonLogFile LOG_FILE = new JsonLogFile(LOG);

    @Test
    void aLineBreakInRequestDataCannotForgeALogLine() {
        String requestId = "forge-" + System.nanoTime();
        String forged = "2026-12-01 10:00:00,000 INFO  [c.z.c.s.ProductService] FORGED admin logged in";
        given().urlEncodingEnabled(false).header("X-Request-Id", requestId)
                .when().get("/api/catalog/test-log-probe/x%0A" + JsonLogFile.encoded(forged)
                        + "?q=y%0D%0A" + JsonLogFile.encoded(forged))
                .then().statusCode(500).contentType("application/problem+json");

        List<JsonNode> ours = await().atMost(Duration.ofSeconds(10))
                .until(() -> LOG_FILE.recordsOf(requestId), l -> l.size() >= 2);
        for (String line : LOG_FILE.lines()) {
            assertFalse(line.startsWith("2026-12-01") || line.contains("FORGED") && !line.startsWith("{"),
                    "a forged line: " + line);
        }
        JsonNode probe = ours.stream().filter(j -> j.path("message").asText().startsWith("log probe")).findFirst()
                .orElseThrow();
        assertTrue(probe.path("message").asText().contains("x\n" + forged), probe.toString());
        assertTrue(probe.path("message").asText().contains("y\r\n" + forged), probe.toString());
        JsonNode failure = ours.stream().filter(j -> "ERROR".equals(j.path("level").asText())).findFirst().orElseThrow();
        assertTrue(failure.path("message").asText().startsWith("Unexpected failure on /api/catalog/test-log-probe/x%0A"),
                failure.toString());
        for (JsonNode line : ours) {
            assertEquals(requestId, line.path("mdc").path("requestId").asText(), line.toString());
        }
    }
}
