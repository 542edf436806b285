package com.zivah.web.i18n;

import java.util.Locale;
import java.util.Optional;

/** The site's languages; Spanish is the default. */
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

    /** The language named by a lang parameter or cookie value ("es", "EN", "en-GB"...), if the site has it. */
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

    /**
     * Whether both Java's RFC 4647 parser and the JAX-RS runtime's (RESTEasy Reactive, which Qute's REST
     * integration calls for every page) accept the header. {@code en;q=abc} fails the second, {@code en;q=2} the first.
     */
    public static boolean isWellFormedAcceptLanguage(String header) {
        try {
            Locale.LanguageRange.parse(header);
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    org.jboss.resteasy.reactive.common.util.WeightedLanguage.parse(part.trim());
                }
            }
            return true;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** The best site language for an Accept-Language header (RFC 9110 quality values respected). */
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
            // a broken header is treated as absent
        }
        return Optional.empty();
    }
}
