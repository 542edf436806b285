package com.zivah.admin.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in staff member as the templates see them ({@code {inject:staff.canWrite}}): name, roles and what the
 * roles allow (see {@link Roles}). A VIEWER's pages show no inputs or buttons that change anything.
 */
@RequestScoped
@Named("staff")
public class Staff {

    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.MANAGER, Roles.VIEWER);

    private final SecurityIdentity identity;

    public Staff(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The display name: the ID token's {@code name}, else {@code preferred_username}, else the principal's name. */
    public String name() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            for (String claim : List.of("name", "preferred_username")) {
                Object value = token.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return value.toString();
                }
            }
        }
        return principal == null ? "" : principal.getName();
    }

    /** The staff roles held, strongest first ({@code ADMIN, MANAGER, VIEWER}). */
    public List<String> roles() {
        return ROLES.stream().filter(identity::hasRole).toList();
    }

    public String roleList() {
        return String.join(", ", roles());
    }

    /** MANAGER or ADMIN: may change catalog, quotes and contact messages. */
    public boolean canWrite() {
        return identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.ADMIN);
    }

    /** ADMIN: may manage users and site settings. */
    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
