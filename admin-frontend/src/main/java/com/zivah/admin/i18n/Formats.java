package com.zivah.admin.i18n;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.LocalFormat;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * How the admin's templates show times, amounts and countries in the page's language (the template's locale), the
 * one way of {@link LocalFormat}: {@code {fmt:utc(q.createdAt)}}, {@code {fmt:money(q.total, q.currency)}},
 * {@code {fmt:amount(line.total)}} (no currency), {@code {fmt:percent(q.discountPercent)}},
 * {@code {fmt:country(q.country)}}. A namespace, so a null value is simply empty. Inputs keep the machine format.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private Formats() {
    }

    /** {@code 1 dic 2026, 19:22 UTC}; empty for none. */
    static String utc(Instant instant, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return LocalFormat.utc(instant, language(locale));
    }

    /** {@code 15.000,00} / {@code 15,000.00}; empty for none. */
    static String amount(BigDecimal value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return LocalFormat.number(value, language(locale));
    }

    /**
     * {@code 1.234} / {@code 1,234}; empty for none. Takes any {@link Number}: a {@code long} parameter did not resolve
     * for an {@code int} property (Qute printed {@code NOT_FOUND}).
     */
    static String count(Number value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "" : LocalFormat.count(value.longValue(), language(locale));
    }

    /** {@code 15.000,00 EUR} / {@code 15,000.00 EUR}; empty for none. */
    static String money(BigDecimal value, String currency,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return LocalFormat.money(value, currency, language(locale));
    }

    /** {@code 2,5} / {@code 2.5}; empty for none. */
    static String percent(BigDecimal value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return LocalFormat.percent(value, language(locale));
    }

    /** {@code España} / {@code Spain} from {@code ES}; empty for none. */
    static String country(String isoCode, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return LocalFormat.country(isoCode, language(locale));
    }

    private static Language language(Object locale) {
        if (locale instanceof Locale l) {
            return Language.ofTag(l.getLanguage());
        }
        return locale == null ? Language.DEFAULT : Language.ofTag(locale.toString());
    }
}
