package com.zivah.admin.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KeycloakResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The users pages against the real Keycloak: the admin's service account config points at the test Keycloak (its
 * {@code zivah-user-admin} secret), and the realm's SMTP server is this JVM's GreenMail, so Keycloak's
 * set-password and reset mails can be read. Use with {@code KeycloakResource} (OIDC) and
 * {@code FakeUpstreamsResource} with {@code oidc=false} (the data services).
 */
public class UserAdminKeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String MAIL_FROM = "no-reply@zivah.test";

    @Override
    public Map<String, String> start() {
        GreenMail mail = GreenMailResource.greenMail();
        var answer = KeycloakResource.admin("PUT", "", Map.of("smtpServer", Map.of(
                "host", "127.0.0.1", "port", String.valueOf(mail.getSmtp().getPort()), "from", MAIL_FROM,
                "fromDisplayName", "ZIVAH", "auth", "false", "ssl", "false", "starttls", "false")));
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("Cannot set the realm's SMTP server: " + answer.statusCode() + " "
                    + answer.body());
        }
        return Map.of(
                "zivah.admin.users.realm-url", KeycloakResource.realmUrl(),
                "zivah.admin.users.secret", KeycloakResource.userAdminSecret());
    }

    @Override
    public void stop() {
        // Keycloak and GreenMail live for the whole JVM
    }
}
