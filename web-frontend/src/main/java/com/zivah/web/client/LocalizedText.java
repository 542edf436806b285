package com.zivah.web.client;

import com.zivah.web.i18n.Language;

/** A text the catalog stores in both site languages. */
public record LocalizedText(String es, String en) {

    /** The text in the given language, falling back to Spanish (the catalog's primary language). */
    public String in(Language language) {
        if (language == Language.EN && en != null && !en.isBlank()) {
            return en;
        }
        return es == null ? "" : es;
    }
}
