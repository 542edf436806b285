package com.zivah.web.client;

/** quote-service's 201 answer to a contact message: its reference ({@code ZM-<year>-<6 digits>}). */
public record ContactCreated(String reference) {
}
