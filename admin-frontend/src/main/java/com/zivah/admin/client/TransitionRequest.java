package com.zivah.admin.client;

/** Body of {@code POST /api/quotes/{number}/transitions} ({@code reason} required to CANCEL). */
public record TransitionRequest(String action, int version, String reason) {
}
