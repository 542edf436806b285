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
