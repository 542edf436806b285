package com.zivah.admin.rest;

/**
 * The staff roles (Keycloak realm roles from {@code realm_access.roles}) and who may do what: every staff member
 * reads everything; MANAGER and ADMIN also change catalog, quotes and contact messages; only ADMIN manages users and
 * site settings. Resources use these names in {@code @RolesAllowed}; templates ask {@link Staff}. The services check
 * the same roles from the token again: hiding a button is a courtesy, never the control.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
