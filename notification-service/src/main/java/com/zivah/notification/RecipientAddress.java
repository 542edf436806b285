package com.zivah.notification;

import java.util.Locale;

/**
 * The form of an e-mail address the per-recipient limit compares, so that spellings reaching the same mailbox
 * share one quota: trimmed and lower-cased (mail providers treat addresses case-insensitively), the
 * sub-address {@code +tag} dropped, a trailing dot of the domain dropped, and for Gmail the dots of the local
 * part ignored and {@code googlemail.com} read as {@code gmail.com}. V2__mail_limits.sql applies the same rules to old rows.
 */
public final class RecipientAddress {

    private RecipientAddress() {
    }

    public static String key(String address) {
        String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return a;
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        if (local.isEmpty() || domain.isEmpty()) {
            return a;
        }
        return local + "@" + domain;
    }
}
