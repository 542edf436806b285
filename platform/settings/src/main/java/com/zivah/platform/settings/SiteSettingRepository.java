package com.zivah.platform.settings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class SiteSettingRepository implements PanacheRepositoryBase<SiteSetting, String> {

    /**
     * Inserts the setting or overwrites it only when {@code version} is newer, in one statement: safe against
     * reordered, replayed and concurrent deliveries without reading first. Returns true when a row changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsertIfNewer(String key, String type, String value, boolean isPublic, long version, Instant at) {
        return getEntityManager().createNativeQuery("""
                        insert into site_setting (key, type, value, public, version, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (key) do update set
                            type = excluded.type, value = excluded.value, public = excluded.public,
                            version = excluded.version, updated_at = excluded.updated_at
                        where site_setting.version < excluded.version
                        """)
                .setParameter(1, key)
                .setParameter(2, type)
                .setParameter(3, value)
                .setParameter(4, isPublic)
                .setParameter(5, version)
                .setParameter(6, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    /** The values of those of {@code keys} that were heard, by key. */
    public Map<String, String> values(Collection<String> keys) {
        return list("key in ?1", keys).stream().collect(Collectors.toMap(s -> s.key, s -> s.value));
    }
}
