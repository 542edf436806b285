package com.zivah.platform.settings;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** The settings kit's configuration ({@code zivah.site-settings.*}; environment {@code ZIVAH_SITE_SETTINGS_*}). */
@ConfigMapping(prefix = "zivah.site-settings")
public interface SiteSettingsConfig {

    /**
     * Per setting key, the value this service uses until the catalog's {@code SiteSettingChanged} for the key was
     * heard: {@code zivah.site-settings.defaults.company-name=ZIVAH International}. Every key a service reads needs
     * one (a key read with neither a heard value nor a default is a programming error).
     */
    Map<String, String> defaults();
}
