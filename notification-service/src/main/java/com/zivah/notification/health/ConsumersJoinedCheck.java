package com.zivah.notification.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while every mail consumer is a member of its Kafka group ({@link ConsumerMembership}): a restarted
 * instance does not claim ready while the group still waits for its old session. Answers from memory, at once,
 * whatever Kafka does (it replaces the admin-client Kafka check, which can hang while the broker is away). SMTP is
 * no readiness condition: mail waits in the queue (gauges {@code zivah.notification.mails.pending*}).
 */
@Readiness
@ApplicationScoped
public class ConsumersJoinedCheck implements HealthCheck {

    public static final String NAME = "Kafka consumers joined";

    private final ConsumerMembership membership;

    public ConsumersJoinedCheck(ConsumerMembership membership) {
        this.membership = membership;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean all = true;
        for (var channel : membership.joined().entrySet()) {
            response.withData(channel.getKey(), channel.getValue() ? "joined" : "not joined");
            all &= channel.getValue();
        }
        return response.status(all).build();
    }
}
