package com.zivah.notification.service;

import com.zivah.notification.MailKind;

/** A mail as composed when its event was consumed: stored in the queue and sent exactly so. */
public record ComposedMail(MailKind kind, String recipient, String subject, String html, String text, String locale) {
}
