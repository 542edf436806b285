package com.zivah.admin.i18n;

import com.zivah.platform.i18n.Language;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The admin's texts in Java (success messages of a redirect): {@code Messages.of(language).flash("priced")}. */
public final class Messages {

    private Messages() {
    }

    public static AdminMessages of(Language language) {
        return language == Language.DEFAULT ? MessageBundles.get(AdminMessages.class)
                : MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.tag()));
    }
}
