package com.zivah.web.client;

import com.zivah.platform.i18n.Language;

/** A text the catalog stores in both site languages. */
public record LocalizedText(String es, String en) {

    /** The text in the given language ({@link Language#pick}: Spanish when there is no English text). */
    public String in(Language language) {
        String text = language.pick(es, en);
        return text == null ? "" : text;
    }
}
