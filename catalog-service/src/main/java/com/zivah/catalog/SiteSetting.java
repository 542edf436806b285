package com.zivah.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.platform.problem.Problem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed site setting (the seed's SiteSetting; V3__site_settings.sql creates every key). The key, type and public
 * flag are the schema of the settings and never change through the API; only the value does, through
 * {@link #change}, after {@link #problemWith} found nothing wrong with it. {@link #version} grows with every change
 * and is the version of its SiteSettingChanged events.
 */
@Entity
@Table(name = "site_setting")
public class SiteSetting extends PanacheEntityBase {

    /** Longest TEXT value (an address, a hero text). */
    public static final int MAX_TEXT_LENGTH = 500;
    /** Longest JSON value, serialized. */
    public static final int MAX_JSON_LENGTH = 4000;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LINK_NAME = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    /** Control characters (C0, DEL, C1) and the Unicode line/paragraph separators. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    @Id
    @Column(name = "setting_key", length = 100, updatable = false)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_type", nullable = false, length = 10, updatable = false)
    public SettingType type;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "setting_value", nullable = false, columnDefinition = "jsonb")
    public JsonNode value;

    @Column(nullable = false, length = 500)
    public String description;

    @Column(name = "is_public", nullable = false, updatable = false)
    public boolean publicSetting;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    /** Whether an edit based on {@code basedOn} (the version its editor read) is based on the current value. */
    public boolean isAtVersion(long basedOn) {
        return version == basedOn;
    }

    /**
     * What is wrong with {@code candidate} as this setting's value, or empty when it is acceptable: first its type,
     * then the rule of its kind of key (an e-mail key an e-mail, the currency an ISO 4217 code, the social links an
     * object of https URLs), then bounds (TEXT: at most {@value #MAX_TEXT_LENGTH} characters, not blank, no control
     * characters; NUMBER: finite; JSON: at most {@value #MAX_JSON_LENGTH} characters).
     */
    public Optional<Problem.FieldError> problemWith(JsonNode candidate) {
        if (!type.accepts(candidate)) {
            return problem(type.expected());
        }
        return switch (type) {
            case TEXT -> textProblem(candidate.textValue());
            case NUMBER -> candidate.isFloatingPointNumber() && !Double.isFinite(candidate.doubleValue())
                    ? problem("{catalog.setting.finite}") : Optional.empty();
            case BOOLEAN -> Optional.empty();
            case JSON -> jsonProblem(candidate);
        };
    }

    private Optional<Problem.FieldError> textProblem(String text) {
        if (text.isBlank()) {
            return problem("{catalog.setting.blank}");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return problem("{zivah.text.max-length}", "max", MAX_TEXT_LENGTH);
        }
        if (CONTROL.matcher(text).find()) {
            return problem("{zivah.text.control}");
        }
        if (!text.equals(text.strip())) {
            return problem("{catalog.setting.spaces}");
        }
        if (key.endsWith("-email") && (text.length() > 254 || !EMAIL.matcher(text).matches())) {
            return problem("{zivah.email}");
        }
        if (key.endsWith("-currency") && !isIsoCurrency(text)) {
            return problem("{zivah.currency}");
        }
        return Optional.empty();
    }

    /** A problem of the {@code value} field (the setting's new value), message key + placeholders. */
    private static Optional<Problem.FieldError> problem(String message, Object... namesAndValues) {
        return Optional.of(Problem.FieldError.of("value", message, namesAndValues));
    }

    private static boolean isIsoCurrency(String code) {
        if (!CURRENCY.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<Problem.FieldError> jsonProblem(JsonNode json) {
        if (json.toString().length() > MAX_JSON_LENGTH) {
            return problem("{catalog.setting.json-length}", "max", MAX_JSON_LENGTH);
        }
        if (key.equals("social-links")) {
            if (!json.isObject()) {
                return problem("{catalog.setting.social-links}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> link = it.next();
                if (!LINK_NAME.matcher(link.getKey()).matches()) {
                    return problem("{catalog.setting.network-name}");
                }
                if (!link.getValue().isTextual() || !isHttpsUrl(link.getValue().textValue())) {
                    return problem("{catalog.setting.network-url}", "network", link.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHttpsUrl(String text) {
        if (text.length() > 500 || CONTROL.matcher(text).find()) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Records a new value (already checked with {@link #problemWith}) by {@code who} at {@code at}: the next version. */
    public void change(JsonNode newValue, String who, Instant at) {
        value = newValue;
        updatedBy = who;
        updatedAt = at.truncatedTo(ChronoUnit.MICROS);
        version++;
    }
}
