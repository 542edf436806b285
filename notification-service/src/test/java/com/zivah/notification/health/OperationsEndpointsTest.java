package com.zivah.notification.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class OperationsEndpointsTest {

    @Test
    void readyWhenDatabaseKafkaAndSmtpAreUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("SMTP server", "Database connections health check"))
                .body("checks.find { it.name == 'SMTP server' }.status", equalTo("UP"));
    }

    @Test
    void liveAndStarted() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("zivah_notification_mails_sent_total"));
    }

    @Test
    void openApiDescribesTheDeliveryLog() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/notifications/deliveries"));
    }
}
