package com.zivah.catalog.mapping;

import com.zivah.catalog.SiteSetting;
import com.zivah.catalog.api.SettingView;
import com.zivah.catalog.event.SiteSettingChanged;
import java.util.UUID;

/** SiteSetting → API record / event. */
public final class SiteSettingMapper {

    private SiteSettingMapper() {
    }

    public static SettingView toView(SiteSetting setting) {
        return new SettingView(setting.key, setting.type, setting.value, setting.description, setting.publicSetting,
                setting.version, setting.updatedAt, setting.updatedBy);
    }

    public static SiteSettingChanged toEvent(SiteSetting setting, UUID eventId) {
        return new SiteSettingChanged(eventId, setting.updatedAt, setting.key, setting.type, setting.value,
                setting.publicSetting, setting.version);
    }
}
