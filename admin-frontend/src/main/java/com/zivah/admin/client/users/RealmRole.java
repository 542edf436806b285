package com.zivah.admin.client.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Keycloak's RoleRepresentation of a realm role (id and name are what a role mapping needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RealmRole(String id, String name) {
}
