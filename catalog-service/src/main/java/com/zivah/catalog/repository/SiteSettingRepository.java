package com.zivah.catalog.repository;

import com.zivah.catalog.SiteSetting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SiteSettingRepository implements PanacheRepositoryBase<SiteSetting, String> {

    /** Every setting, by key. */
    public List<SiteSetting> listAll() {
        return listAll(Sort.by("key"));
    }

    /** The public settings, by key. */
    public List<SiteSetting> listPublic() {
        return list("publicSetting = true", Sort.by("key"));
    }

    /** The setting {@code key}, row-locked until the end of the transaction (two writers serialize on it). */
    public Optional<SiteSetting> findForUpdate(String key) {
        return findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
    }
}
