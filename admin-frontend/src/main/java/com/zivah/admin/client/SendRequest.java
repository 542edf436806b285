package com.zivah.admin.client;

/** Body of {@code POST /api/quotes/{number}/send}: the version the staff member saw. */
public record SendRequest(int version) {
}
