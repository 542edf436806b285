package com.zivah.platform.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The activity log: appended by {@link ActivityLog}, read newest first (the indexes of R__activity_log.sql). */
@ApplicationScoped
public class ActivityRepository implements PanacheRepository<ActivityEntry> {

    /** Criteria of a read; null means any. {@code toExclusive} is the first instant not included. */
    public record Criteria(String entityType, String entityId, String actor, String action, Instant from,
                           Instant toExclusive) {
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
        add(conditions, parameters, "entityType = :entityType", "entityType", criteria.entityType());
        add(conditions, parameters, "entityId = :entityId", "entityId", criteria.entityId());
        add(conditions, parameters, "actor = :actor", "actor", criteria.actor());
        add(conditions, parameters, "action = :action", "action", criteria.action());
        add(conditions, parameters, "occurredAt >= :from", "from", criteria.from());
        add(conditions, parameters, "occurredAt < :toExclusive", "toExclusive", criteria.toExclusive());
        return new Query(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
    }

    private static void add(List<String> conditions, Parameters parameters, String condition, String name,
                            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
    }
}
