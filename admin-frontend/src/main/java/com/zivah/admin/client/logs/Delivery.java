package com.zivah.admin.client.logs;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One mail of notification-service's delivery log; only what the delivery page shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Delivery(long id, String kind, String quoteNumber, String contactReference, String recipient,
                       String subject, String locale, String status, String suppressionReason, int attempts,
                       String lastError, Instant createdAt, Instant updatedAt, Instant nextAttemptAt, Instant sentAt,
                       String attachmentName) {

    public boolean failed() {
        return "FAILED".equals(status);
    }

    /** The resend confirmation page, naming the mail. */
    public String confirmResendUrl() {
        return "/admin/deliveries/" + id + "/resend?recipient=" + encode(recipient) + "&subject=" + encode(subject);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Pending mails are being tried; every other one may be queued again. */
    public boolean resendable() {
        return !"PENDING".equals(status);
    }
}
