package com.zivah.notification.service;

import com.zivah.notification.MailKind;

/**
 * A mail as composed when its event was consumed: stored in the queue and sent exactly so; {@code attachment} null
 * when it has none.
 */
public record ComposedMail(MailKind kind, String recipient, String subject, String html, String text, String locale,
                           Attachment attachment) {

    public ComposedMail(MailKind kind, String recipient, String subject, String html, String text, String locale) {
        this(kind, recipient, subject, html, text, locale, null);
    }

    /** A file the mail carries, byte for byte as the event brought it. */
    public record Attachment(String fileName, String contentType, byte[] content, String sha256) {
    }
}
