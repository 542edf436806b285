package com.zivah.notification.health;

import com.zivah.notification.config.MailConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the SMTP server accepts TCP connections: without it no confirmation can go out. */
@Readiness
@ApplicationScoped
public class SmtpReadinessCheck implements HealthCheck {

    private final String host;
    private final int port;
    private final boolean mock;
    private final MailConfig config;

    public SmtpReadinessCheck(@ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost") String host,
                              @ConfigProperty(name = "quarkus.mailer.port") Optional<Integer> port,
                              @ConfigProperty(name = "quarkus.mailer.ssl", defaultValue = "false") boolean ssl,
                              @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock,
                              MailConfig config) {
        this.host = host;
        this.port = port.orElse(ssl ? 465 : 25);
        this.mock = mock;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("SMTP server")
                .withData("host", host)
                .withData("port", port);
        if (mock) {
            return response.withData("mock", true).up().build();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) config.smtpCheckTimeout().toMillis());
            return response.up().build();
        } catch (IOException e) {
            return response.withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).down().build();
        }
    }
}
