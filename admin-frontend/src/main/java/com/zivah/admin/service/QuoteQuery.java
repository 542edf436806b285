package com.zivah.admin.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The quote list's filters as entered (null: not filtered) and the zero-based page. */
public record QuoteQuery(String status, String email, String country, String from, String to, String text,
        int page) {

    public static QuoteQuery of(String status, String email, String country, String from, String to, String text,
            Integer page) {
        return new QuoteQuery(blank(status), blank(email), blank(country), blank(from), blank(to), blank(text),
                page == null || page < 0 ? 0 : page);
    }

    /** This list's URL at another page (the pager's links). */
    public String link(int otherPage) {
        StringBuilder url = new StringBuilder("/admin/quotes?");
        append(url, "status", status);
        append(url, "email", email);
        append(url, "country", country);
        append(url, "from", from);
        append(url, "to", to);
        append(url, "q", text);
        return url.append("page=").append(otherPage).toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
