package com.zivah.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * ZIVAH's two languages. Spanish is the company's language and the one fallback: whatever is missing, unknown or
 * malformed (a tag, an English text) falls back to Spanish here and nowhere else.
 */
public enum Language {
    ES("es"),
    EN("en");

    public static final Language DEFAULT = ES;

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language named by a tag ("es", "EN", "en-GB", "en_US"...), if it is one of ours. */
    public static Optional<Language> fromTag(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String primary = value.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language named by {@code tag}, Spanish when it names none of ours. */
    public static Language ofTag(String tag) {
        return fromTag(tag).orElse(DEFAULT);
    }

    /** The best of our languages for an Accept-Language header (RFC 9110 quality values); a broken header counts as absent. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    Optional<Language> match = fromTag(range.getRange());
                    if (match.isPresent()) {
                        return match;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // treated as absent
        }
        return Optional.empty();
    }

    /** The text in this language: {@code en} for English when there is one, otherwise the Spanish text. */
    public String pick(String es, String en) {
        return this == EN && en != null && !en.isBlank() ? en : es;
    }
}
