package com.zivah.notification.service;

import com.zivah.platform.settings.SiteSettingValues;
import com.zivah.platform.settings.SiteSettings;

/** The site settings a mail reads: where sales alerts go, and the company data of the branding and footers. */
public record MailSettings(String salesNotificationEmail, String companyName, String contactEmail,
                           String contactPhone, String companyAddress) {

    /** The current values (platform-settings' snapshot, else {@code zivah.site-settings.defaults.*}), one query. */
    public static MailSettings current(SiteSettings settings) {
        SiteSettingValues values = settings.read(SiteSettings.SALES_NOTIFICATION_EMAIL, SiteSettings.COMPANY_NAME,
                SiteSettings.CONTACT_EMAIL, SiteSettings.CONTACT_PHONE, SiteSettings.COMPANY_ADDRESS);
        return new MailSettings(values.text(SiteSettings.SALES_NOTIFICATION_EMAIL),
                values.text(SiteSettings.COMPANY_NAME), values.text(SiteSettings.CONTACT_EMAIL),
                values.text(SiteSettings.CONTACT_PHONE), values.text(SiteSettings.COMPANY_ADDRESS));
    }
}
