package com.zivah.admin.client.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Keycloak's UserRepresentation, only the fields the admin reads or writes. Null fields are not sent, so a PUT with
 * only {@code enabled} changes only that (Keycloak updates the attributes a representation carries).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeycloakUser(String id, String username, String email, String firstName, String lastName,
                           Boolean enabled, Boolean emailVerified, Long createdTimestamp) {

    public static KeycloakUser enabledOnly(boolean enabled) {
        return new KeycloakUser(null, null, null, null, null, enabled, null, null);
    }
}
