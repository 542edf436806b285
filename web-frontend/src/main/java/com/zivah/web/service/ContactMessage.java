package com.zivah.web.service;

import com.zivah.platform.i18n.Language;

/** A validated contact form, as the site hands it to {@link QuoteService} (optional fields null). */
public record ContactMessage(String name, String email, String phone, String company, String subject,
        String message, Language language) {
}
