package com.zivah.catalog.service;

import com.zivah.catalog.api.ActivityFilter;
import com.zivah.catalog.api.ActivityView;
import com.zivah.catalog.mapping.ActivityMapper;
import com.zivah.catalog.repository.ActivityRepository;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Staff reads of the activity log (written by {@link ActivityLog}). */
@ApplicationScoped
@Transactional
public class ActivityService {

    private final ActivityRepository entries;

    public ActivityService(ActivityRepository entries) {
        this.entries = entries;
    }

    /** One page of the entries matching {@code filter}, newest first. */
    public PageResponse<ActivityView> list(ActivityFilter filter, PageRequest paging) {
        ActivityRepository.Criteria criteria = new ActivityRepository.Criteria(filter.entityType, filter.entityId,
                filter.actor);
        long total = entries.count(criteria);
        List<ActivityView> items = total == 0 ? List.of()
                : entries.page(criteria, paging.page, paging.size).stream().map(ActivityMapper::toView).toList();
        return PageResponse.of(items, paging, total);
    }
}
