package com.zivah.admin.service.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The staff roles a user can be given, most powerful first; a staff user has exactly one of them. */
public enum StaffRole {
    ADMIN, MANAGER, VIEWER;

    public static final List<String> NAMES = List.of("ADMIN", "MANAGER", "VIEWER");

    /** The most powerful staff role among {@code roleNames}, if any. */
    public static Optional<StaffRole> highest(Collection<String> roleNames) {
        for (StaffRole role : values()) {
            if (roleNames.contains(role.name())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role named {@code name} (exactly), or empty. */
    public static Optional<StaffRole> parse(String name) {
        return NAMES.contains(name) ? Optional.of(valueOf(name)) : Optional.empty();
    }
}
