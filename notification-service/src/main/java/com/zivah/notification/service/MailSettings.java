package com.zivah.notification.service;

/** The site settings a mail reads: where sales alerts go, and the company data of the branding and footers. */
public record MailSettings(String salesNotificationEmail, String companyName, String contactEmail,
                           String contactPhone, String companyAddress) {
}
