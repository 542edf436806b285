package com.zivah.catalog.service;

import com.zivah.catalog.api.CategoryView;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.repository.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class CategoryService {

    private record ListKey() {
    }

    private final CategoryRepository categories;
    private final PublicReadCache cache;

    public CategoryService(CategoryRepository categories, PublicReadCache cache) {
        this.categories = categories;
        this.cache = cache;
    }

    /** Every category in display order with its number of active products (cached: see PublicReadCache). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryView> list() {
        return cache.get(new ListKey(), this::load);
    }

    private List<CategoryView> load() {
        Map<Long, Long> counts = categories.activeProductCounts();
        return categories.listOrdered().stream()
                .map(c -> CatalogMapper.toView(c, counts.getOrDefault(c.id, 0L)))
                .toList();
    }
}
