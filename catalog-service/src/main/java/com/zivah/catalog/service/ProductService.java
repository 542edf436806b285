package com.zivah.catalog.service;

import com.zivah.catalog.Category;
import com.zivah.catalog.Product;
import com.zivah.catalog.ProductSort;
import com.zivah.catalog.api.ProductFilter;
import com.zivah.catalog.api.ProductPage;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.api.RequestOrigin;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.repository.CategoryRepository;
import com.zivah.catalog.repository.ProductCriteria;
import com.zivah.catalog.repository.ProductRepository;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class ProductService {

    private static final Logger LOG = Logger.getLogger(ProductService.class);
    private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,18}");

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final PublicReadCache cache;

    public ProductService(ProductRepository products, CategoryRepository categories, Outbox outbox,
                          ActivityLog activity, PublicReadCache cache) {
        this.products = products;
        this.categories = categories;
        this.outbox = outbox;
        this.activity = activity;
        this.cache = cache;
    }

    /** Everything a public list answer depends on: the cache key. */
    private record ListKey(String q, String category, String minPrice, String maxPrice, String inStock, String sort,
                           String lang, int page, int size) {
    }

    private record ProductKey(String idOrSlug) {
    }

    /**
     * One page of the public list (active products only) for the search, filters and order of {@code filter},
     * with the category facets of the same search and filters except the category itself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductPage listActive(ProductFilter filter, PageRequest paging) {
        ListKey key = new ListKey(filter.q, filter.category, filter.minPrice, filter.maxPrice, filter.inStock,
                filter.sort, filter.lang, paging.page, paging.size);
        return cache.get(key, () -> loadActive(filter, paging));
    }

    private ProductPage loadActive(ProductFilter filter, PageRequest paging) {
        Category category = null;
        if (filter.category != null && !filter.category.isBlank()) {
            category = categories.findBySlug(filter.category.strip())
                    .orElseThrow(() -> ProblemException.invalid("category", "unknown category"));
        }
        BigDecimal minPrice = filter.minPrice == null ? null : new BigDecimal(filter.minPrice);
        BigDecimal maxPrice = filter.maxPrice == null ? null : new BigDecimal(filter.maxPrice);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw ProblemException.invalid("minPrice", "must not be greater than maxPrice");
        }
        ProductSort sort = ProductSort.fromParameter(filter.sort)
                .orElseThrow(() -> ProblemException.invalid("sort", "must be one of relevance, name, price, newest"));
        String text = filter.q == null || filter.q.isBlank() ? null : filter.q.strip();
        ProductCriteria criteria = new ProductCriteria(text, category == null ? null : category.id, minPrice, maxPrice,
                "true".equals(filter.inStock), sort, Language.ofTag(filter.lang));

        ProductRepository.Page found = products.pageActive(criteria, paging);
        List<ProductView> items = found.products().stream().map(CatalogMapper::toView).toList();
        PageResponse<ProductView> page = PageResponse.of(items, paging, found.total());
        List<ProductPage.CategoryFacet> facets = products.countActivePerCategory(criteria.anyCategory()).entrySet()
                .stream()
                .map(count -> new ProductPage.CategoryFacet(count.getKey(), count.getValue()))
                .toList();
        return new ProductPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                new ProductPage.Facets(facets));
    }

    /** An active product by numeric id or by slug (slugs always contain a letter). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductView getActive(String idOrSlug) {
        return cache.get(new ProductKey(idOrSlug), () -> loadActive(idOrSlug));
    }

    private ProductView loadActive(String idOrSlug) {
        return (NUMERIC_ID.matcher(idOrSlug).matches()
                ? products.findActiveById(Long.parseLong(idOrSlug))
                : products.findActiveBySlug(idOrSlug))
                .map(CatalogMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("Product", idOrSlug));
    }

    /**
     * Replaces the editable state of a product, bumps its version and records a ProductChanged in the
     * same transaction, with its activity log entry (by {@code origin}: the views before and after), so the change,
     * its event and its entry commit (or fail) together.
     */
    public ProductView update(long id, ProductUpdateRequest request, RequestOrigin origin) {
        Product product = products.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Product", id));
        if (!product.isAtVersion(request.version())) {
            // optimistic concurrency on top of the row lock: the editor saw an older state
            throw ProblemException.conflict("Product " + id + " was changed meanwhile (now version " + product.version
                    + ", the edit was based on " + request.version() + "); reload it and apply the edit again");
        }
        ProductView before = CatalogMapper.toView(product);
        change(product, request);
        ProductView after = CatalogMapper.toView(product);
        activity.record(origin, "product.updated", "product", String.valueOf(product.id), before, after);
        LOG.infof("Product %d (%s) updated to version %d", product.id, product.sku, product.version);
        return after;
    }

    /**
     * Adds a product identified by {@code sku} and {@code slug} with the state of {@code request} (whose
     * {@code version} is ignored): version 1, published like every later change. The demo catalog's path.
     */
    public ProductView create(String sku, String slug, ProductUpdateRequest request) {
        Product product = new Product();
        product.sku = sku;
        product.slug = slug;
        change(product, request);
        return CatalogMapper.toView(product);
    }

    /** The one path of every change: the new state, the next version, and its ProductChanged in the outbox. */
    private void change(Product product, ProductUpdateRequest request) {
        Category category = categories.findBySlug(request.categorySlug().strip())
                .orElseThrow(() -> ProblemException.invalid("categorySlug", "unknown category"));
        CatalogMapper.apply(request, category, product);
        product.recordChange(Instant.now());
        cache.invalidateAfterCommit();
        if (product.id == null) {
            products.persist(product); // identity column: the id (the event's key) is assigned here
        }
        ProductChanged event = CatalogMapper.toEvent(product, UUID.randomUUID());
        outbox.enqueue(ProductChanged.TOPIC, String.valueOf(product.id), ProductChanged.TYPE, event.eventId(), event);
    }
}
