package com.zivah.catalog.repository;

import com.zivah.catalog.Category;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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

    /** Loads a category for a change, holding its row lock. */
    public Optional<Category> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every category, row-locked, for a reorder (so two reorders never interleave). */
    public List<Category> listForReorder() {
        return find("order by sortOrder, id").withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The position after the last category (steps of 10 leave room between categories). */
    public int nextSortOrder() {
        Integer max = getEntityManager().createQuery("select max(c.sortOrder) from Category c", Integer.class)
                .getSingleResult();
        return max == null ? 10 : max + 10;
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
