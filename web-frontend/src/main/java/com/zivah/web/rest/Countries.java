package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The country list of the RFQ form: every ISO 3166-1 alpha-2 code with its name in the page language, by name. */
final class Countries {

    /** One option: the code stored, the name shown. */
    record Country(String code, String name) {
    }

    private static final Map<Language, List<Country>> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(language.locale());
            BY_LANGUAGE.put(language, Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Country(code, new Locale("", code).getDisplayCountry(language.locale())))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList());
        }
    }

    private Countries() {
    }

    static List<Country> of(Language language) {
        return BY_LANGUAGE.get(language);
    }
}
