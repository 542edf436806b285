package com.zivah.catalog.repository;

import com.zivah.catalog.Category;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CategoryRepository implements PanacheRepository<Category> {

    /** The PostgreSQL advisory lock key that serializes setting up the catalog (the demo data) across replicas. */
    public static final long SETUP_LOCK = 0x7A69_7661_6863_6174L; // "zivahcat"

    /**
     * Holds {@link #SETUP_LOCK} until the caller's transaction ends (commit or rollback): a second replica's
     * set-up waits here and then sees what the first one committed.
     */
    public void lockForSetup() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", SETUP_LOCK)
                .getSingleResult();
    }

    public List<Category> listOrdered() {
        return listAll(Sort.by("sortOrder").and("id"));
    }

    public Optional<Category> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Number of active products per category id; categories without active products are absent. */
    public Map<Long, Long> activeProductCounts() {
        List<Object[]> rows = getEntityManager()
                .createQuery("select p.category.id, count(p) from Product p where p.active = true group by p.category.id",
                        Object[].class)
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
