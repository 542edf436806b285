package com.zivah.catalog.service;

import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Small rules shared by the catalog's staff writes. */
final class Writes {

    private Writes() {
    }

    /**
     * A 409 whose {@code errors[0].field} names the field holding the clashing value (sku, slug): {@code detail} in
     * English for the developer, {@code errors[0].message} the key {@code message} + placeholders (caller's language).
     */
    static ProblemException conflictOn(String field, String detail, String message, Object... namesAndValues) {
        return new ProblemException(409, "conflict", "Conflict", detail,
                List.of(Problem.FieldError.of(field, message, namesAndValues)));
    }

    /** The 409 of an edit based on an older version than the stored one. */
    static ProblemException staleVersion(String what, long current, long basedOn) {
        return ProblemException.conflict(what + " was changed meanwhile (now version " + current
                + ", the edit was based on " + basedOn + "); reload it and apply the edit again");
    }

    /**
     * A URL name from a text: accents dropped ("Café" → "cafe"), lower case, every run of other characters one
     * hyphen, at most {@code max} characters (cut at a hyphen when possible); empty when nothing is left.
     */
    static String slugOf(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ñ", "n")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max);
            int cut = slug.lastIndexOf('-');
            slug = cut > max / 2 ? slug.substring(0, cut) : slug.replaceAll("-+$", "");
        }
        return slug;
    }
}
