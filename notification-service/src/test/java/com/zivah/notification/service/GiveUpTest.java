package com.zivah.notification.service;

import static com.zivah.notification.event.QuoteEvents.email;
import static com.zivah.notification.event.QuoteEvents.fresh;
import static com.zivah.notification.event.QuoteEvents.publish;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailKind;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.event.SmtpOutage;
import com.zivah.platform.paging.PageRequest;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A mail that keeps failing past {@code give-up-after} (8 s here) is FAILED, counted and visible; a resend by staff
 * delivers it once the server is back, with the attempts kept. A PENDING mail cannot be resent (409).
 */
@QuarkusTest
@TestProfile(GiveUpTest.QuickGiveUp.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
class GiveUpTest {

    private static final String PATH = "/api/notifications/deliveries";

    public static class QuickGiveUp extends SmtpOutage.Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            // long enough that the PENDING mail is still pending when the test resends it on a loaded machine (3 s raced)
            config.put("zivah.mail.sender.give-up-after", "8s");
            return config;
        }
    }

    @Inject
    DeliveryService deliveries;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @AfterAll
    static void serverAway() {
        SmtpOutage.stop();
    }

    @Test
    @TestSecurity(user = "marta", roles = "MANAGER")
    void aMailFailingPastGiveUpIsFailedAndAResendDeliversIt() {
        SmtpOutage.stop();
        double givenUpBefore = registry.counter(MailMetrics.GIVEN_UP).count();
        ObjectNode event = fresh("es");
        String quoteNumber = event.get("quoteNumber").asText();

        publish(event);

        DeliveryView pending = await().atMost(Duration.ofSeconds(30)).until(() -> confirmation(quoteNumber),
                d -> d != null && d.status() == DeliveryStatus.PENDING);
        given().when().post(PATH + "/" + pending.id() + "/resend")
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"));

        DeliveryView failed = await().atMost(Duration.ofSeconds(30)).until(() -> confirmation(quoteNumber),
                d -> d.status() == DeliveryStatus.FAILED);
        assertTrue(failed.attempts() >= 2, "retried before giving up: " + failed.attempts());
        assertTrue(failed.lastError() != null && !failed.lastError().isBlank(), "last error kept for staff");
        assertEquals(null, failed.nextAttemptAt());
        // nothing is tried after giving up
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> confirmation(quoteNumber).attempts() == failed.attempts());
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.counter(MailMetrics.GIVEN_UP).count() >= givenUpBefore + 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> registry.get(MailMetrics.FAILED).gauge().value() >= 1);
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("zivah_notification_mails_failed "))
                .body(containsString("zivah_notification_mails_given_up_total"));

        SmtpOutage.start();
        given().when().post(PATH + "/" + failed.id() + "/resend")
                .then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(failed.attempts()));

        DeliveryView sent = await().atMost(Duration.ofSeconds(30)).until(() -> confirmation(quoteNumber),
                d -> d.status() == DeliveryStatus.SENT);
        assertEquals(failed.attempts() + 1, sent.attempts());
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(1, SmtpOutage.receivedTo(email(event)).size(), "delivered once");
    }

    private DeliveryView confirmation(String quoteNumber) {
        List<DeliveryView> items = deliveries.list(null, quoteNumber, MailKind.QUOTE_CONFIRMATION, PageRequest.of(0, 10)).items();
        return items.isEmpty() ? null : items.get(0);
    }
}
