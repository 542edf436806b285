package com.zivah.notification.service;

import com.zivah.platform.i18n.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Numbers and dates of a mail in the reader's language ({@code 2.303,75} / {@code 2,303.75}; a long date), used by
 * the templates as {@code fmt}. The amounts are the event's exact decimals, only shown with two places.
 */
public final class Amounts {

    private final Language language;

    public Amounts(Language language) {
        this.language = language;
    }

    /** An amount with two decimals and grouping; empty for null. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : format("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage without needless decimals ({@code 5}, {@code 12,5}); empty for null. */
    public String percent(BigDecimal value) {
        return value == null ? "" : format("#,##0.##").format(value);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(day);
    }

    private DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(language.locale()));
        format.setParseBigDecimal(true);
        return format;
    }
}
