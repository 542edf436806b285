package com.zivah.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One catalog site setting as last heard on {@code zivah.catalog.setting.v1} (highest version per key). Written
 * only by {@code SiteSettingRepository.upsertIfNewer}; {@code value} is the text of a TEXT setting, else its JSON.
 */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    public String key;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String value;

    @Column(name = "public", nullable = false)
    public boolean isPublic;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
