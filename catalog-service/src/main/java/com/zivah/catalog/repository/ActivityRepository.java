package com.zivah.catalog.repository;

import com.zivah.catalog.ActivityEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The activity log: appended by service/ActivityLog, read newest first (the indexes of V4__activity_log.sql). */
@ApplicationScoped
public class ActivityRepository implements PanacheRepository<ActivityEntry> {

    /** Criteria of a read; null means any. */
    public record Criteria(String entityType, String entityId, String actor) {
    }

    public List<ActivityEntry> page(Criteria criteria, int page, int size) {
        Query query = query(criteria);
        return find(query.where, Sort.descending("occurredAt", "id"), query.parameters).page(Page.of(page, size)).list();
    }

    public long count(Criteria criteria) {
        Query query = query(criteria);
        return count(query.where, query.parameters);
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query query(Criteria criteria) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.entityType() != null) {
            conditions.add("entityType = :entityType");
            parameters.and("entityType", criteria.entityType());
        }
        if (criteria.entityId() != null) {
            conditions.add("entityId = :entityId");
            parameters.and("entityId", criteria.entityId());
        }
        if (criteria.actor() != null) {
            conditions.add("actor = :actor");
            parameters.and("actor", criteria.actor());
        }
        return new Query(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
    }
}
