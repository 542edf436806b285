package com.zivah.admin.service.users;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.zivah.admin.client.users.KeycloakTokenApi;
import com.zivah.admin.client.users.ServiceAccountToken;
import com.zivah.admin.config.AdminConfig;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * The service account's access token (client credentials), kept until shortly before it expires: one token request
 * per couple of minutes however many Admin API calls a page makes.
 */
@ApplicationScoped
public class ServiceAccountTokens {

    /** A token this close to its expiry is not used any more (a slow call must not carry an expired one). */
    private static final long MARGIN_SECONDS = 20;

    private final AdminConfig config;
    private final KeycloakTokenApi tokens;
    private final Clock clock = Clock.systemUTC();
    private String token;
    private Instant expires = Instant.EPOCH;

    public ServiceAccountTokens(AdminConfig config) {
        this.config = config;
        this.tokens = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.users().realmUrl()))
                .build(KeycloakTokenApi.class);
    }

    /** {@code Bearer <token>} for the Authorization header. */
    public synchronized String bearer() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(expires)) {
            ServiceAccountToken fresh = tokens.clientCredentials("client_credentials", config.users().clientId(),
                    config.users().secret());
            token = fresh.accessToken();
            expires = now.plusSeconds(Math.max(0, fresh.expiresIn() - MARGIN_SECONDS));
        }
        return "Bearer " + token;
    }

    /** Forget the token (Keycloak answered 401 to it, e.g. after its restart). */
    public synchronized void discard() {
        token = null;
    }
}
