package com.zivah.admin.service.users;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.zivah.admin.client.users.KeycloakAdminApi;
import com.zivah.admin.client.users.KeycloakUser;
import com.zivah.admin.client.users.RealmRole;
import com.zivah.admin.config.AdminConfig;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Staff user administration through the Keycloak Admin API with the least-privilege service account: list with
 * staff role and status, create (Keycloak mails the set-password link), change role, enable/disable, password
 * reset mail. Keycloak owns users and credentials; the admin keeps nothing.
 */
@ApplicationScoped
public class UserAdminService {

    static final List<String> SET_PASSWORD = List.of("UPDATE_PASSWORD");

    private final KeycloakAdminApi keycloak;
    private final ServiceAccountTokens tokens;
    private final AdminConfig config;

    public UserAdminService(AdminConfig config, ServiceAccountTokens tokens) {
        this.config = config;
        this.tokens = tokens;
        this.keycloak = QuarkusRestClientBuilder.newBuilder()
                .baseUri(adminApiBase(config.users().realmUrl()))
                .build(KeycloakAdminApi.class);
    }

    /** {@code <server>/realms/<realm>} → {@code <server>/admin/realms/<realm>}. */
    static URI adminApiBase(String realmUrl) {
        String url = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int realms = url.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("zivah.admin.users.realm-url must end in /realms/<realm>: " + realmUrl);
        }
        return URI.create(url.substring(0, realms) + "/admin" + url.substring(realms));
    }

    public StaffUserPage list(String search, int page, int size) {
        String query = search == null || search.isBlank() ? null : search.trim();
        List<StaffUser> users = call(bearer -> keycloak.search(bearer, query, page * size, size, false)).stream()
                .map(this::withRole)
                .toList();
        long total = call(bearer -> keycloak.count(bearer, query));
        return new StaffUserPage(users, page, size, total);
    }

    public StaffUser get(String id) {
        return withRole(call(bearer -> keycloak.user(bearer, id)));
    }

    /** Creates the user with its role and has Keycloak mail the set-password link; answers the new user's id. */
    public String create(NewStaffUser user) {
        String email = user.email().trim().toLowerCase(Locale.ROOT);
        KeycloakUser representation = new KeycloakUser(null, email, email, user.firstName().trim(),
                user.lastName().trim(), true, false, null);
        String id;
        // the REST client throws on 4xx even for a Response method (MicroProfile's default exception mapper)
        try (Response created = call(bearer -> keycloak.create(bearer, representation))) {
            if (created.getStatus() != 201 || created.getLocation() == null) {
                throw new WebApplicationException("Keycloak refused the new user: " + created.getStatus(),
                        created.getStatus());
            }
            String path = created.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                throw new UserAdminRefused("email", "emailTaken");
            }
            throw e;
        }
        setRole(id, user.role());
        sendSetPasswordMail(id);
        return id;
    }

    /** Replaces the user's staff role by {@code role} (other realm roles stay). */
    public void changeRole(String id, StaffRole role, String actorUsername) {
        refuseSelf(id, actorUsername, "role");
        setRole(id, role);
    }

    public void setEnabled(String id, boolean enabled, String actorUsername) {
        refuseSelf(id, actorUsername, null);
        call(bearer -> {
            keycloak.update(bearer, id, KeycloakUser.enabledOnly(enabled));
            return null;
        });
    }

    /** Keycloak mails the user a link to choose a new password (the same mail as for a new user). */
    public void sendSetPasswordMail(String id) {
        try {
            call(bearer -> {
                keycloak.executeActionsEmail(bearer, id, config.users().actionLinkLifespanSeconds(), SET_PASSWORD);
                return null;
            });
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500 || e.getResponse().getStatus() == 400) {
                // Keycloak answers 500 "Failed to send execute actions email" when its SMTP server refuses
                throw new UserAdminRefused(null, "mailFailed");
            }
            throw e;
        }
    }

    private void setRole(String id, StaffRole role) {
        List<RealmRole> current = call(bearer -> keycloak.realmRoles(bearer, id));
        List<RealmRole> otherStaffRoles = current.stream()
                .filter(r -> StaffRole.NAMES.contains(r.name()) && !r.name().equals(role.name()))
                .toList();
        boolean hasIt = current.stream().anyMatch(r -> r.name().equals(role.name()));
        if (!hasIt) {
            RealmRole wanted = call(bearer -> keycloak.availableRealmRoles(bearer, id)).stream()
                    .filter(r -> r.name().equals(role.name()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The realm has no role " + role));
            call(bearer -> {
                keycloak.addRealmRoles(bearer, id, List.of(wanted));
                return null;
            });
        }
        if (!otherStaffRoles.isEmpty()) {
            call(bearer -> {
                keycloak.removeRealmRoles(bearer, id, otherStaffRoles);
                return null;
            });
        }
    }

    private void refuseSelf(String id, String actorUsername, String field) {
        StaffUser target = get(id);
        if (target.username().equalsIgnoreCase(actorUsername)) {
            throw new UserAdminRefused(field, "notYourself");
        }
    }

    private StaffUser withRole(KeycloakUser user) {
        List<String> roles = call(bearer -> keycloak.realmRoles(bearer, user.id())).stream().map(RealmRole::name).toList();
        return new StaffUser(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                StaffRole.highest(roles).orElse(null), Boolean.TRUE.equals(user.enabled()),
                user.createdTimestamp() == null ? null : Instant.ofEpochMilli(user.createdTimestamp()));
    }

    /** One Admin API call; a 401 (the token was revoked or Keycloak restarted) gets one retry with a fresh token. */
    private <T> T call(Function<String, T> request) {
        try {
            return request.apply(tokens.bearer());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 401) {
                throw e;
            }
            tokens.discard();
            return request.apply(tokens.bearer());
        }
    }
}
