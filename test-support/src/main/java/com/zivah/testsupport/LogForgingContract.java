package com.zivah.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Logs are JSON, one object per line: a {@code %0A} in a path or parameter is an escaped {@code \n} inside a
 * message, never a second (forged) log line, and every line of the request carries its request id. The service's
 * test profile writes the same JSON to a file ({@code %test.quarkus.log.file.json.enabled=true}) that this reads
 * back; {@link LogProbeResource} logs the decoded data and fails. A service's {@code LogForgingTest} extends this
 * with {@code @QuarkusTest} and its test resources.
 */
public abstract class LogForgingContract {

    /** The JSON log file of the test profile ({@code %test.quarkus.log.file.path}). */
    protected abstract Path logFile();

    @Test
    void aLineBreakInRequestDataCannotForgeALogLine() {
        JsonLogFile log = new JsonLogFile(logFile());
        String requestId = "forge-" + System.nanoTime();
        String forged = "2026-12-01 10:00:00,000 INFO  [c.z.s.SomeService] FORGED admin logged in";
        given().urlEncodingEnabled(false).header("X-Request-Id", requestId)
                .when().get(LogProbeResource.PATH + "/x%0A" + JsonLogFile.encoded(forged)
                        + "?q=y%0D%0A" + JsonLogFile.encoded(forged))
                .then().statusCode(500).contentType("application/problem+json");

        List<JsonNode> ours = await().atMost(Duration.ofSeconds(10))
                .until(() -> log.recordsOf(requestId), l -> l.size() >= 2);
        for (String line : log.lines()) {
            assertFalse(line.startsWith("2026-12-01") || line.contains("FORGED") && !line.startsWith("{"),
                    "a forged line: " + line);
        }
        JsonNode probe = ours.stream().filter(j -> j.path("message").asText().startsWith("log probe")).findFirst()
                .orElseThrow();
        assertTrue(probe.path("message").asText().contains("x\n" + forged), probe.toString());
        assertTrue(probe.path("message").asText().contains("y\r\n" + forged), probe.toString());
        JsonNode failure = ours.stream().filter(j -> "ERROR".equals(j.path("level").asText())).findFirst().orElseThrow();
        assertTrue(failure.path("message").asText().startsWith("Unexpected failure on " + LogProbeResource.PATH + "/x%0A"),
                failure.toString());
        for (JsonNode line : ours) {
            assertEquals(requestId, line.path("mdc").path("requestId").asText(), line.toString());
        }
    }
}
