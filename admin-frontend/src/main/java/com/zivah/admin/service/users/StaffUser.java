package com.zivah.admin.service.users;

import java.time.Instant;

/** A realm user as the users page shows it; {@code role} is null for a user without a staff role. */
public record StaffUser(String id, String username, String email, String firstName, String lastName, StaffRole role,
                        boolean enabled, Instant createdAt) {

    public String enabledUrl() {
        return "/admin/users/" + id + "/enabled";
    }

    public String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }
}
