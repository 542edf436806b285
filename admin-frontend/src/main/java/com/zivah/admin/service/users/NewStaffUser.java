package com.zivah.admin.service.users;

/** A user to create: the e-mail is also the username (trimmed, lower case). */
public record NewStaffUser(String email, String firstName, String lastName, StaffRole role) {
}
