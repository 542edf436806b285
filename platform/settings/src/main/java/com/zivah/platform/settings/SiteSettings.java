package com.zivah.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The catalog's site settings as this service last heard them: kept in {@code site_setting} from the compacted
 * {@code zivah.catalog.setting.v1} (every key, newest version wins) by {@link SiteSettingChangedConsumer}; a key
 * never heard falls back to {@code zivah.site-settings.defaults.<key>} ({@link SiteSettingsConfig}). The one way a
 * service reads a site setting.
 */
@ApplicationScoped
@Transactional
public class SiteSettings {

    public static final String SALES_NOTIFICATION_EMAIL = "sales-notification-email";
    public static final String COMPANY_NAME = "company-name";
    public static final String COMPANY_ADDRESS = "company-address";
    public static final String CONTACT_EMAIL = "contact-email";
    public static final String CONTACT_PHONE = "contact-phone";
    public static final String DEFAULT_CURRENCY = "default-currency";
    public static final String QUOTE_VALIDITY_DAYS = "quote-validity-days";
    private static final Logger LOG = Logger.getLogger(SiteSettings.class);

    private final SiteSettingRepository settings;
    private final SiteSettingsConfig config;

    public SiteSettings(SiteSettingRepository settings, SiteSettingsConfig config) {
        this.settings = settings;
        this.config = config;
    }

    /** Keeps the setting when it is newer than what we have (a replay or an old record changes nothing). */
    public boolean apply(SiteSettingChanged event) {
        boolean changed = settings.upsertIfNewer(event.key(), event.type(), event.valueText(), event.isPublic(),
                event.version(), event.occurredAt() == null ? Instant.now() : event.occurredAt());
        LOG.debugf("Site setting %s v%d %s", event.key(), event.version(), changed ? "applied" : "not newer, ignored");
        return changed;
    }

    /** The current values of {@code keys}, read in one query. */
    public SiteSettingValues read(String... keys) {
        return new SiteSettingValues(settings.values(List.of(keys)), config.defaults());
    }

    /** The current text of one key. */
    public String text(String key) {
        return read(key).text(key);
    }

    /** The current whole number of one NUMBER key (a heard value that is not one: WARN and the default). */
    public int integer(String key) {
        return read(key).integer(key);
    }
}
