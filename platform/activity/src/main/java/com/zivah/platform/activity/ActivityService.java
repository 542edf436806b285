package com.zivah.platform.activity;

import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Staff reads of the activity log (written by {@link ActivityLog}); a service's {@code rest/ActivityResource} is one
 * call to {@link #list}.
 */
@ApplicationScoped
@Transactional
public class ActivityService {

    private final ActivityRepository entries;
    private final ActivityConfig config;

    public ActivityService(ActivityRepository entries, ActivityConfig config) {
        this.entries = entries;
        this.config = config;
    }

    /** One page of the entries matching {@code filter}, newest first. */
    public PageResponse<ActivityView> list(ActivityFilter filter, PageRequest paging) {
        config.entityTypes().ifPresent(known -> checkEntityType(filter.entityType, known));
        UtcDays days = filter.days();
        ActivityRepository.Criteria criteria = new ActivityRepository.Criteria(filter.entityType, filter.entityId,
                filter.actor, filter.action, days.from(), days.toExclusive());
        long total = entries.count(criteria);
        List<ActivityView> items = total == 0 ? List.of()
                : entries.page(criteria, paging.page, paging.size).stream().map(ActivityMapper::toView).toList();
        return PageResponse.of(items, paging, total);
    }

    private static void checkEntityType(String entityType, Set<String> known) {
        if (entityType != null && !known.contains(entityType)) {
            throw ProblemException.invalid("entityType", "{zivah.one-of}", "values", known.stream().sorted().toList());
        }
    }
}
