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

    private final CategoryRepository categories;

    public CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    public List<CategoryView> list() {
        Map<Long, Long> counts = categories.activeProductCounts();
        return categories.listOrdered().stream()
                .map(c -> CatalogMapper.toView(c, counts.getOrDefault(c.id, 0L)))
                .toList();
    }
}
