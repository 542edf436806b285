package com.zivah.web.service;

import com.zivah.platform.i18n.Language;
import java.util.List;

/**
 * A validated request for quotation, as the site hands it to {@link QuoteService}: the cart's lines, who asks
 * (optional fields null; {@code country} an ISO 3166-1 alpha-2 code) and the language the buyer wants the answer in.
 */
public record Rfq(List<QuoteCart.Line> lines, String name, String email, String phone, String company,
        String country, String message, Language language) {
}
