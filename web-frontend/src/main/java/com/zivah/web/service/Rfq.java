package com.zivah.web.service;

import com.zivah.platform.i18n.Language;

/**
 * A validated request for quotation, as the site hands it to {@link QuoteService}: one product and its quantity,
 * who asks (optional fields null), and the language the buyer wants the answer in.
 */
public record Rfq(long productId, int quantity, String name, String email, String phone, String company,
        String country, String message, Language language) {
}
