package com.zivah.catalog.service;

import com.zivah.catalog.Category;
import com.zivah.catalog.api.CategoryOrderRequest;
import com.zivah.catalog.api.CategoryView;
import com.zivah.catalog.api.CategoryWriteRequest;
import com.zivah.catalog.event.CategoryChanged;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.repository.CategoryRepository;
import com.zivah.catalog.repository.ProductRepository;
import com.zivah.platform.activity.ActivityLog;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Categories: the public list, and the staff writes (create, update, delete, reorder). Every write is validated,
 * recorded in the activity log and published as CategoryChanged in its own transaction; edits carry the version
 * they were based on (409 when stale).
 */
@ApplicationScoped
@Transactional
public class CategoryService {

    private static final Logger LOG = Logger.getLogger(CategoryService.class);
    /** Positions are multiples of this step, so the stored order reads like the list. */
    static final int SORT_STEP = 10;

    private final CategoryRepository categories;
    private final ProductRepository products;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final PublicReadCache cache;

    private record ListKey() {
    }

    public CategoryService(CategoryRepository categories, ProductRepository products, Outbox outbox,
                           ActivityLog activity, PublicReadCache cache) {
        this.categories = categories;
        this.products = products;
        this.outbox = outbox;
        this.activity = activity;
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

    /**
     * Adds a category at the end of the display order (or at {@code sortOrder} for the demo catalog, when given):
     * slug new (409 naming it), derived from name.es when absent. CategoryCreated; activity category.created when
     * {@code origin} is given (the demo catalog has none).
     */
    public CategoryView create(CategoryWriteRequest request, Integer sortOrder, RequestOrigin origin) {
        if (request.version() != null && origin != null) {
            throw ProblemException.invalid("version", "{catalog.version.new-category}");
        }
        String slug = request.slug();
        if (slug == null || slug.isBlank()) {
            slug = Writes.slugOf(request.name().es(), 100);
            if (slug.isEmpty()) {
                throw ProblemException.invalid("slug", "{catalog.slug.underivable}");
            }
        }
        categories.lockForSetup(); // serializes category creation: the slug check below cannot race
        if (categories.findBySlug(slug).isPresent()) {
            throw Writes.conflictOn("slug", "slug " + slug + " is already used by another category",
                    "{catalog.slug.taken.category}", "slug", slug);
        }
        Category category = new Category();
        category.slug = slug;
        CatalogMapper.apply(request, category);
        category.sortOrder = sortOrder != null ? sortOrder : categories.nextSortOrder();
        category.recordChange();
        categories.persist(category);
        CategoryView created = CatalogMapper.toView(category, 0);
        publish(category, CategoryChanged.CREATED, false);
        if (origin != null) {
            activity.record(origin, "category.created", "category", String.valueOf(category.id), null, created);
            LOG.infof("Category %d (%s) created", category.id, category.slug);
        }
        return created;
    }

    /** Replaces the texts, icon and colour of a category (its slug never changes). CategoryUpdated. */
    public CategoryView update(long id, CategoryWriteRequest request, RequestOrigin origin) {
        if (request.version() == null) {
            throw ProblemException.invalid("version", "{catalog.version.category}");
        }
        Category category = lockedAt(id, request.version());
        if (request.slug() != null && !request.slug().equals(category.slug)) {
            throw ProblemException.invalid("slug", "{catalog.slug.category.fixed}");
        }
        long count = categories.activeProductCounts().getOrDefault(category.id, 0L);
        CategoryView before = CatalogMapper.toView(category, count);
        CatalogMapper.apply(request, category);
        category.recordChange();
        CategoryView after = CatalogMapper.toView(category, count);
        publish(category, CategoryChanged.UPDATED, false);
        activity.record(origin, "category.updated", "category", String.valueOf(id), before, after);
        LOG.infof("Category %d (%s) updated to version %d", id, category.slug, category.version);
        return after;
    }

    /** Deletes an empty category (CategoryDeleted); one still holding products is refused with 409 saying how many. */
    public void delete(long id, long basedOn, RequestOrigin origin) {
        Category category = lockedAt(id, basedOn);
        long used = products.countInCategory(id);
        if (used > 0) {
            throw ProblemException.conflict("Category " + category.slug + " still has " + used
                    + (used == 1 ? " product" : " products") + " (active or not); move or delete "
                    + (used == 1 ? "it" : "them") + " first");
        }
        CategoryView before = CatalogMapper.toView(category, 0);
        category.recordChange();
        publish(category, CategoryChanged.DELETED, true);
        categories.delete(category);
        activity.record(origin, "category.deleted", "category", String.valueOf(id), before, null);
        LOG.infof("Category %d (%s) deleted", id, before.slug());
    }

    /**
     * Sets the display order: {@code request.slugs} names every category exactly once (else 400 saying which are
     * unknown, repeated or missing). Positions become 10, 20, 30...; every category whose position changed gets the
     * next version and a CategoryReordered; one activity entry category.reordered with the order before and after.
     */
    public List<CategoryView> reorder(CategoryOrderRequest request, RequestOrigin origin) {
        List<Category> all = categories.listForReorder();
        Map<String, Category> bySlug = new LinkedHashMap<>();
        all.forEach(c -> bySlug.put(c.slug, c));
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String slug : request.slugs()) {
            if (!bySlug.containsKey(slug)) {
                unknown.add(slug);
            } else if (!seen.add(slug)) {
                repeated.add(slug);
            }
        }
        List<String> missing = bySlug.keySet().stream().filter(s -> !seen.contains(s)).toList();
        if (!unknown.isEmpty() || !repeated.isEmpty() || !missing.isEmpty()) {
            throw ProblemException.invalid("slugs", "{catalog.category.order}", "unknown", listed(unknown),
                    "repeated", listed(repeated), "missing", listed(missing));
        }
        List<String> before = all.stream().map(c -> c.slug).toList();
        int position = 0;
        for (String slug : request.slugs()) {
            Category category = bySlug.get(slug);
            position += SORT_STEP;
            if (category.moveTo(position)) {
                category.recordChange();
                publish(category, CategoryChanged.REORDERED, false);
            }
        }
        activity.record(origin, "category.reordered", "category", "order", before, request.slugs());
        LOG.infof("Categories reordered: %s", request.slugs());
        return load(); // not list(): the cache still holds the order before this commit
    }

    private Category lockedAt(long id, long basedOn) {
        Category category = categories.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Category", id));
        if (!category.isAtVersion(basedOn)) {
            throw Writes.staleVersion("Category " + id, category.version, basedOn);
        }
        return category;
    }

    private void publish(Category category, String type, boolean deleted) {
        CategoryChanged event = CatalogMapper.toEvent(category, UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), type, deleted);
        cache.invalidateAfterCommit();
        outbox.enqueue(CategoryChanged.TOPIC, String.valueOf(category.id), type, event.eventId(), event);
    }

    /** Slugs for a message placeholder: {@code a, b}, or a dash for none. */
    private static String listed(List<String> slugs) {
        return slugs.isEmpty() ? "—" : String.join(", ", slugs);
    }
}
