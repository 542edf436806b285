package com.zivah.admin.rest.settings;

import com.zivah.admin.client.catalog.SiteSetting;

/** One setting on the settings page: the setting, its editor, the value shown and its error (or null). */
public record SettingRow(SiteSetting setting, String editor, String value, String error) {
}
