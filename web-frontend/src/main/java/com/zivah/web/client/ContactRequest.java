package com.zivah.web.client;

/** Body of POST /api/contact-messages on quote-service (optional fields null). */
public record ContactRequest(String name, String email, String phone, String company, String subject,
        String message, String locale) {
}
