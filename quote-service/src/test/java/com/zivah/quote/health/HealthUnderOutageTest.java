package com.zivah.quote.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness answers within 2 s whatever its dependencies do (issue 8): PostgreSQL stopped, Kafka stopped. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class HealthUnderOutageTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    @TestHTTPResource(value = "/health/ready", management = true)
    URI ready;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessAnswersFastAndDownWhilePostgresqlIsStopped() throws Exception {
        assertEquals(200, timedReadiness().statusCode());
        PostgresResource.stopServer();
        try {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = timedReadiness();
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("Database connections health check"), r.body());
            }
        } finally {
            PostgresResource.startServer();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> timedReadiness().statusCode() == 200);
    }

    @Test
    void readinessAnswersFastAndStaysUpWhileKafkaIsStopped() throws Exception {
        KafkaResource.stopBroker();
        try {
            // the outbox keeps the events while Kafka is away: RFQs are still accepted, so the service stays ready
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true); // clients have noticed the broker is gone
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = timedReadiness();
                assertEquals(200, r.statusCode(), r.body());
            }
        } finally {
            KafkaResource.startBroker();
        }
    }

    private HttpResponse<String> timedReadiness() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(FAST) < 0, "readiness took " + took.toMillis() + " ms");
        return r;
    }
}
