package com.zivah.notification.service;

import com.zivah.notification.config.MailConfig;
import com.zivah.notification.event.SiteSettingChanged;
import com.zivah.notification.repository.SiteSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The catalog's site settings this service reads, kept in {@code site_setting} from the compacted
 * {@code zivah.catalog.setting.v1} (every key, newest version wins); a key never heard falls back to
 * {@code zivah.mail.settings.*}.
 */
@ApplicationScoped
@Transactional
public class SiteSettings {

    public static final String SALES_NOTIFICATION_EMAIL = "sales-notification-email";
    public static final String COMPANY_NAME = "company-name";
    public static final String CONTACT_EMAIL = "contact-email";
    public static final String CONTACT_PHONE = "contact-phone";
    public static final String COMPANY_ADDRESS = "company-address";
    private static final List<String> KEYS =
            List.of(SALES_NOTIFICATION_EMAIL, COMPANY_NAME, CONTACT_EMAIL, CONTACT_PHONE, COMPANY_ADDRESS);
    private static final Logger LOG = Logger.getLogger(SiteSettings.class);

    private final SiteSettingRepository settings;
    private final MailConfig.SettingDefaults defaults;

    public SiteSettings(SiteSettingRepository settings, MailConfig config) {
        this.settings = settings;
        this.defaults = config.settings();
    }

    /** Keeps the setting when it is newer than what we have (a replay or an old record changes nothing). */
    public void apply(SiteSettingChanged event) {
        boolean changed = settings.upsertIfNewer(event.key(), event.type(), event.valueText(), event.isPublic(),
                event.version(), event.occurredAt() == null ? Instant.now() : event.occurredAt());
        LOG.debugf("Site setting %s v%d %s", event.key(), event.version(), changed ? "applied" : "not newer, ignored");
    }

    public MailSettings current() {
        Map<String, String> heard = settings.values(KEYS);
        return new MailSettings(
                heard.getOrDefault(SALES_NOTIFICATION_EMAIL, defaults.salesNotificationEmail()),
                heard.getOrDefault(COMPANY_NAME, defaults.companyName()),
                heard.getOrDefault(CONTACT_EMAIL, defaults.contactEmail()),
                heard.getOrDefault(CONTACT_PHONE, defaults.contactPhone()),
                heard.getOrDefault(COMPANY_ADDRESS, defaults.companyAddress()));
    }
}
