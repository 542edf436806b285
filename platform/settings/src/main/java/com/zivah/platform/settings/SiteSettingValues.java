package com.zivah.platform.settings;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Some site settings as one read saw them: the value heard from the catalog for a key, else this service's default
 * ({@code zivah.site-settings.defaults.<key>}). A heard value of the wrong shape (a NUMBER that is no whole number,
 * or a currency that is no ISO 4217 code) is logged as a WARN and the default is used: a bad setting never breaks a mail or a PDF.
 */
public final class SiteSettingValues {

    private static final Logger LOG = Logger.getLogger(SiteSettingValues.class);

    private final Map<String, String> heard;
    private final Map<String, String> defaults;

    SiteSettingValues(Map<String, String> heard, Map<String, String> defaults) {
        this.heard = Map.copyOf(heard);
        this.defaults = defaults;
    }

    /** The key's text (a TEXT setting's text; any other type's JSON). */
    public String text(String key) {
        String value = heard.get(key);
        return value != null ? value : fallback(key);
    }

    /** The key's whole number (a NUMBER setting); one that is not a whole number falls back to the default. */
    public int integer(String key) {
        String value = heard.get(key);
        if (value != null) {
            try {
                return parseInteger(value);
            } catch (ArithmeticException | NumberFormatException e) {
                LOG.warnf("Site setting %s is not a whole number (%s): using the default", key, abbreviate(value));
            }
        }
        return parseInteger(fallback(key));
    }

    /** The key's ISO 4217 currency code (a TEXT setting); one Java does not know falls back to the default. */
    public String currencyCode(String key) {
        String value = heard.get(key);
        if (value != null) {
            if (isCurrencyCode(value)) {
                return value;
            }
            LOG.warnf("Site setting %s is not an ISO 4217 currency code (%s): using the default", key,
                    abbreviate(value));
        }
        String fallback = fallback(key);
        if (!isCurrencyCode(fallback)) {
            throw new IllegalStateException("zivah.site-settings.defaults." + key + " is not an ISO 4217 code");
        }
        return fallback;
    }

    /** True when the catalog's value of the key was heard (else the default is in use). */
    public boolean heard(String key) {
        return heard.containsKey(key);
    }

    private String fallback(String key) {
        String value = defaults.get(key);
        if (value == null) {
            throw new IllegalStateException("Site setting " + key + " was not heard and has no default: set "
                    + "zivah.site-settings.defaults." + key);
        }
        return value;
    }

    private static boolean isCurrencyCode(String value) {
        if (!value.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int parseInteger(String value) {
        return new BigDecimal(value.strip()).intValueExact();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
