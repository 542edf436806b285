package com.zivah.platform.ui.i18n;

import com.zivah.platform.i18n.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way both frontends write numbers, amounts, countries and times in the page's language, the way
 * notification-service's mail writes amounts: {@code 15.000,00 EUR} (es), {@code 15,000.00 EUR} (en) — the exact
 * decimal with two places and grouping, then the ISO currency code; countries by name from the ISO code
 * ({@code España}/{@code Spain}); times {@code 1 dic 2026, 19:22 UTC} / {@code 1 Dec 2026, 19:22 UTC}. And the one way
 * a typed decimal is read back ({@link #parseDecimal}): a Spanish comma is accepted, a grouping separator never guessed.
 */
public final class LocalFormat {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");
    /** One separator followed by exactly three digits after 1–3 digits: 1.234 or 1,234 — a decimal or a thousand? */
    private static final Pattern AMBIGUOUS = Pattern.compile("-?[1-9]\\d{0,2}[.,]\\d{3}");
    private static final Pattern GROUPED_DOT = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+,\\d+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");

    private LocalFormat() {
    }

    /** {@code 15.000,00} / {@code 15,000.00} (two places, half-up); empty for none. */
    public static String number(BigDecimal amount, Language language) {
        return amount == null ? "" : decimal("#,##0.00", language).format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A whole number with grouping: {@code 1.234} / {@code 1,234}. */
    public static String count(long value, Language language) {
        return decimal("#,##0", language).format(value);
    }

    /** {@code 15.000,00 EUR} / {@code 15,000.00 EUR}; the number alone without a currency; empty for none. */
    public static String money(BigDecimal amount, String currency, Language language) {
        if (amount == null) {
            return "";
        }
        return currency == null || currency.isBlank() ? number(amount, language) : number(amount, language) + " " + currency;
    }

    /** A percentage without needless decimals: {@code 2,5} / {@code 2.5}, {@code 10}; empty for none. */
    public static String percent(BigDecimal value, Language language) {
        return value == null ? "" : decimal("#,##0.##", language).format(value);
    }

    /** The country's name from its ISO 3166 alpha-2 code ({@code España} / {@code Spain}); an unknown code as given. */
    public static String country(String isoCode, Language language) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String code = isoCode.trim().toUpperCase(Locale.ROOT);
        String name = code.length() == 2 ? new Locale("", code).getDisplayCountry(language.locale()) : "";
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** {@code 1 dic 2026, 19:22 UTC} / {@code 1 Dec 2026, 19:22 UTC}; empty for none. */
    public static String utc(Instant instant, Language language) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", language.locale())
                .withZone(ZoneOffset.UTC).format(instant).replace(".", "");
    }

    /**
     * A decimal as staff type it: {@code 1234.50}, {@code 1234,50}, {@code 1.234,50} and {@code 1,234.50} are all
     * 1234.50; blank is no value. Refused ({@link Parsed#refusal()}): text that is no number, and {@code 1.234} /
     * {@code 1,234}, which a Spanish and an English reader read differently.
     */
    public static Parsed parseDecimal(String typed) {
        String value = typed == null ? "" : typed.trim().replace(" ", "");
        if (value.isEmpty()) {
            return new Parsed(Optional.empty(), null);
        }
        if (AMBIGUOUS.matcher(value).matches()) {
            return new Parsed(Optional.empty(), Refusal.AMBIGUOUS);
        }
        String plain;
        if (PLAIN.matcher(value).matches()) {
            plain = value.replace(',', '.');
        } else if (GROUPED_DOT.matcher(value).matches()) {
            plain = value.replace(".", "").replace(',', '.');
        } else if (GROUPED_COMMA.matcher(value).matches()) {
            plain = value.replace(",", "");
        } else {
            return new Parsed(Optional.empty(), Refusal.NOT_A_NUMBER);
        }
        return new Parsed(Optional.of(new BigDecimal(plain)), null);
    }

    /** Why a typed decimal was refused. */
    public enum Refusal {
        NOT_A_NUMBER, AMBIGUOUS
    }

    /** A read decimal: the value (empty for an empty field or a refusal) or why it was refused. */
    public record Parsed(Optional<BigDecimal> value, Refusal refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private static DecimalFormat decimal(String pattern, Language language) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(language.locale()));
    }
}
