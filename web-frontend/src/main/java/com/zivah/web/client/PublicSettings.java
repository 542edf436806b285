package com.zivah.web.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GET /api/catalog/settings/public: the public site settings the pages show (catalog-service's SiteSetting keys). */
public record PublicSettings(
        @JsonProperty("company-name") String companyName,
        @JsonProperty("contact-email") String contactEmail,
        @JsonProperty("contact-phone") String contactPhone,
        @JsonProperty("company-address") String companyAddress,
        @JsonProperty("hero-title-es") String heroTitleEs,
        @JsonProperty("hero-title-en") String heroTitleEn,
        @JsonProperty("hero-subtitle-es") String heroSubtitleEs,
        @JsonProperty("hero-subtitle-en") String heroSubtitleEn) {
}
