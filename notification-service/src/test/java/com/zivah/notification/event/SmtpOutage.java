package com.zivah.notification.event;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An SMTP server of the test's own on a fixed free port that is down until {@link #start()}: the service is
 * configured (profile {@link Profile}) to mail there, so the test decides when the outage ends.
 */
public final class SmtpOutage {

    static final int PORT = freePort();
    private static GreenMail server;

    private SmtpOutage() {
    }

    /** Mailer pointed at {@link #PORT}, where nothing listens yet. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(PORT),
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.tls", "false",
                    "quarkus.mailer.start-tls", "DISABLED");
        }
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    public static List<MimeMessage> receivedTo(String address) {
        return received().stream().filter(m -> {
            try {
                return m.getAllRecipients() != null
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static List<MimeMessage> receivedWithSubjectContaining(String text) {
        return received().stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(text);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** One port per JVM, also when the profile and the test see this class through different class loaders. */
    private static synchronized int freePort() {
        String known = System.getProperty("zivah.test.smtp-outage.port");
        if (known != null) {
            return Integer.parseInt(known);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("zivah.test.smtp-outage.port", String.valueOf(socket.getLocalPort()));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
