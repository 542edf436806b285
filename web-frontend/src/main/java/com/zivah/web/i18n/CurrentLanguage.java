package com.zivah.web.i18n;

import jakarta.enterprise.context.RequestScoped;

/** The language of the current request, decided once by {@link LanguageFilter}. */
@RequestScoped
public class CurrentLanguage {

    private Language language = Language.DEFAULT;

    public Language get() {
        return language;
    }

    void set(Language language) {
        this.language = language;
    }
}
