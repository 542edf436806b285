package com.zivah.admin.service.users;

/**
 * Keycloak or a rule of the user administration refused a change; {@code field} names the form field (or is null
 * for the whole form), {@code reason} is a key of the users' messages.
 */
public class UserAdminRefused extends RuntimeException {

    private final String field;
    private final String reason;

    public UserAdminRefused(String field, String reason) {
        super(reason + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
