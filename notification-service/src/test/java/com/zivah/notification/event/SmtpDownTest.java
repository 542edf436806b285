package com.zivah.notification.event;

import static com.zivah.notification.event.QuoteEvents.deadLetters;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.publish;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.service.DeliveryService;
import com.zivah.platform.paging.PageRequest;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** No SMTP server: attempts are retried with backoff, logged as FAILED, then the event is dead-lettered, not lost. */
@QuarkusTest
@TestProfile(SmtpDownTest.NoSmtpServer.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
class SmtpDownTest {

    public static class NoSmtpServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(closedPort()),
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort(); // free once closed: nothing listens there
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    DeliveryService deliveries;

    @TestHTTPResource(value = "/health/ready", management = true) // relative to the management root /q
    URL ready;

    @Test
    void failedAttemptsAreLoggedAndTheEventIsDeadLettered() {
        ObjectNode event = fresh("es");
        String quoteNumber = event.get("quoteNumber").asText();

        publish(event);

        // %test retry settings: 1 attempt + 2 retries
        DeliveryView delivery = await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.list(quoteNumber, PageRequest.of(0, 10)).items(),
                        items -> items.size() == 1 && items.get(0).attempts() == 3)
                .get(0);
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertTrue(delivery.lastError() != null && !delivery.lastError().isBlank(), "last error kept for staff");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters().stream().anyMatch(r -> quoteNumber.equals(r.key())
                        && r.value().contains(event.get("eventId").asText())));
        // a late retry would come at most one backoff delay after the last attempt: the count must hold for longer
        Duration window = longestRetryDelay().plusSeconds(1);
        await().during(window).atMost(window.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveries.list(quoteNumber, PageRequest.of(0, 10)).items().get(0).attempts() == 3);
        List<DeliveryView> after = deliveries.list(quoteNumber, PageRequest.of(0, 10)).items();
        assertEquals(3, after.get(0).attempts(), "no attempts after dead-lettering");
        assertEquals(DeliveryStatus.FAILED, after.get(0).status());
    }

    /** The consumer's backoff cap plus its jitter, as configured (%test in application.properties). */
    private static Duration longestRetryDelay() {
        Config config = ConfigProvider.getConfig();
        String method = QuoteSubmittedConsumer.class.getName() + "/onQuoteSubmitted/";
        long maxDelay = config.getValue(method + "ExponentialBackoff/maxDelay", Long.class);
        ChronoUnit maxDelayUnit = config.getValue(method + "ExponentialBackoff/maxDelayUnit", ChronoUnit.class);
        long jitter = config.getValue(method + "Retry/jitter", Long.class);
        ChronoUnit jitterUnit = config.getOptionalValue(method + "Retry/jitterDelayUnit", ChronoUnit.class)
                .orElse(ChronoUnit.MILLIS);
        return Duration.of(maxDelay, maxDelayUnit).plus(Duration.of(jitter, jitterUnit));
    }

    @Test
    void notReadyWithoutSmtpServer() {
        given().when().get(ready)
                .then().statusCode(503)
                .body("checks.find { it.name == 'SMTP server' }.status", equalTo("DOWN"));
    }
}
