package com.zivah.gateway.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One JSON access-log line per request; request data in it is escaped, so CR/LF cannot forge a line. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class AccessLogTest {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add((ExtLogRecord) record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("zivah.access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("zivah.access").removeHandler(capture);
    }

    @Test
    void eachRequestIsOneJsonLineWithItsFields() {
        given().header("X-Request-Id", "log-line-1").get("/api/catalog/products?page=2").then().statusCode(200);
        JsonObject line = awaitLine("log-line-1");
        assertEquals("GET", line.getString("method"));
        assertEquals("/api/catalog/products", line.getString("path"));
        assertEquals(200, line.getInteger("status"));
        assertEquals("catalog-service", line.getString("upstream"));
        assertEquals("127.0.0.1", line.getString("client"));
        assertTrue(line.getLong("bytes") > 0);
        assertTrue(line.containsKey("durationMs"));
        assertTrue(line.containsKey("time"));
    }

    @Test
    void crLfInARequestCannotStartAFakeLogLine() {
        given().urlEncodingEnabled(false).header("X-Request-Id", "log-line-2")
                .get("/x%0D%0A%7B%22level%22:%22ERROR%22%7D").then().statusCode(400);
        given().urlEncodingEnabled(false).header("X-Request-Id", "log-line-3")
                .get("/search?q=%0Afake").then().statusCode(200);
        for (String id : List.of("log-line-2", "log-line-3")) {
            JsonObject line = awaitLine(id);
            assertFalse(line.getString("path").contains("\n"));
        }
    }

    private JsonObject awaitLine(String requestId) {
        return Awaitility.await().until(() -> records.stream()
                .map(ExtLogRecord::getFormattedMessage)
                .peek(text -> assertFalse(text.contains("\n") || text.contains("\r"), text))
                .map(JsonObject::new)
                .filter(line -> requestId.equals(line.getString("requestId")))
                .findFirst().orElse(null), java.util.Objects::nonNull);
    }
}
