package com.zivah.catalog.service;

import com.zivah.catalog.Category;
import com.zivah.catalog.Product;
import com.zivah.catalog.ProductSort;
import com.zivah.catalog.RetiredProduct;
import com.zivah.catalog.api.ProductCreateRequest;
import com.zivah.catalog.api.ProductFilter;
import com.zivah.catalog.api.ProductPage;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.api.Spec;
import com.zivah.catalog.api.StaffProductFilter;
import com.zivah.catalog.api.StockUpdateRequest;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.repository.CategoryRepository;
import com.zivah.catalog.repository.ProductCriteria;
import com.zivah.catalog.repository.ProductRepository;
import com.zivah.catalog.repository.RetiredProductRepository;
import com.zivah.platform.activity.ActivityLog;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private final RetiredProductRepository retired;
    private final PublicReadCache cache;

    public ProductService(ProductRepository products, CategoryRepository categories, Outbox outbox,
                          ActivityLog activity, RetiredProductRepository retired, PublicReadCache cache) {
        this.products = products;
        this.categories = categories;
        this.outbox = outbox;
        this.activity = activity;
        this.retired = retired;
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
                    .orElseThrow(() -> ProblemException.invalid("category", "{catalog.category.unknown}"));
        }
        BigDecimal minPrice = filter.minPrice == null ? null : new BigDecimal(filter.minPrice);
        BigDecimal maxPrice = filter.maxPrice == null ? null : new BigDecimal(filter.maxPrice);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw ProblemException.invalid("minPrice", "{catalog.price.min-above-max}");
        }
        ProductSort sort = ProductSort.fromParameter(filter.sort)
                .orElseThrow(() -> ProblemException.invalid("sort", "{catalog.sort}"));
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

    /** Staff list: every product, active or not, filtered by category, flag and a part of SKU or name. */
    public PageResponse<ProductView> listAll(StaffProductFilter filter, PageRequest paging) {
        Long categoryId = null;
        if (filter.category != null && !filter.category.isBlank()) {
            categoryId = categories.findBySlug(filter.category.strip())
                    .orElseThrow(() -> ProblemException.invalid("category", "{catalog.category.unknown}")).id;
        }
        Boolean active = filter.active == null ? null : Boolean.valueOf(filter.active);
        String text = filter.q == null || filter.q.isBlank() ? null : filter.q.strip();
        ProductRepository.StaffCriteria criteria = new ProductRepository.StaffCriteria(categoryId, active, text);
        long total = products.countAll(criteria);
        List<ProductView> items = total == 0 ? List.of()
                : products.pageAll(criteria, paging.page, paging.size).stream().map(CatalogMapper::toView).toList();
        return PageResponse.of(items, paging, total);
    }

    /** Staff read: a product by id, active or not. */
    public ProductView getAny(long id) {
        return products.findAnyById(id).map(CatalogMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("Product", id));
    }

    /**
     * Replaces the editable state of a product, bumps its version and records its event in the same transaction,
     * with its activity log entry (by {@code origin}: the views before and after), so the change, its event and its
     * entry commit (or fail) together. The event says what happened: ProductActivated / ProductDeactivated when the
     * active flag changed, else ProductPriceChanged when the price (or on-request flag, or currency) changed, else
     * ProductUpdated; its changedFields list every changed field.
     */
    public ProductView update(long id, ProductUpdateRequest request, RequestOrigin origin) {
        Product product = lockedAt(id, request.version());
        ProductView before = CatalogMapper.toView(product);
        checkSpecs(request.specs());
        Category category = categoryOf(request.categorySlug());
        CatalogMapper.apply(request, category, product);
        return recordChange(product, before, "product.updated", origin);
    }

    /** Changes the stock on hand only (ProductUpdated, changedFields [stockQuantity]). */
    public ProductView updateStock(long id, StockUpdateRequest request, RequestOrigin origin) {
        Product product = lockedAt(id, request.version());
        ProductView before = CatalogMapper.toView(product);
        product.changeStock(request.stockQuantity());
        return recordChange(product, before, "product.stock-updated", origin);
    }

    /**
     * Puts a product on sale ({@code onSale}) or withdraws it (ProductActivated / ProductDeactivated). Already in that
     * state: nothing changes, nothing is published, the current view is returned.
     */
    public ProductView changeAvailability(long id, boolean onSale, long basedOn, RequestOrigin origin) {
        Product product = lockedAt(id, basedOn);
        if (product.active == onSale) {
            return CatalogMapper.toView(product);
        }
        ProductView before = CatalogMapper.toView(product);
        product.changeAvailability(onSale);
        return recordChange(product, before, onSale ? "product.activated" : "product.deactivated", origin);
    }

    /**
     * Deletes a product: the row goes (it never appears again, publicly or to staff), its SKU and slug are retired
     * (a new product cannot take them), and a ProductDeleted with its last state, {@code deleted: true} and
     * {@code active: false} is published, so consumers stop quoting it.
     */
    public void delete(long id, long basedOn, RequestOrigin origin) {
        Product product = lockedAt(id, basedOn);
        ProductView before = CatalogMapper.toView(product);
        products.lockIdentifiers();
        product.recordChange(Instant.now());
        product.changeAvailability(false);
        ProductChanged event = CatalogMapper.toEvent(product, UUID.randomUUID(), ProductChanged.DELETED,
                List.of("deleted"), true);
        retired.persist(RetiredProduct.of(product, product.updatedAt));
        products.delete(product);
        cache.invalidateAfterCommit();
        outbox.enqueue(ProductChanged.TOPIC, String.valueOf(event.productId()), event.type(), event.eventId(), event);
        activity.record(origin, "product.deleted", "product", String.valueOf(id), before, null);
        LOG.infof("Product %d (%s) deleted", id, before.sku());
    }

    /**
     * Adds a product (staff POST): SKU and slug must be new, never used by a deleted product (409 naming the field);
     * the slug is derived from the Spanish name when absent. Version 1, ProductCreated, activity product.created.
     */
    public ProductView create(ProductCreateRequest request, RequestOrigin origin) {
        String slug = request.slug();
        if (slug == null || slug.isBlank()) {
            slug = Writes.slugOf(request.name().es(), 150);
            if (slug.isEmpty()) {
                throw ProblemException.invalid("slug", "{catalog.slug.underivable}");
            }
        }
        checkSpecs(request.specs());
        ProductView created = create(request.sku(), slug, request.state());
        activity.record(origin, "product.created", "product", String.valueOf(created.id()), null, created);
        LOG.infof("Product %d (%s) created", created.id(), created.sku());
        return created;
    }

    /**
     * Adds a product identified by {@code sku} and {@code slug} with the state of {@code request} (whose
     * {@code version} is ignored): version 1, published as ProductCreated. The demo catalog's path and staff POST's.
     */
    public ProductView create(String sku, String slug, ProductUpdateRequest request) {
        Category category = categoryOf(request.categorySlug());
        products.lockIdentifiers();
        if (products.findBySku(sku).isPresent()) {
            throw Writes.conflictOn("sku", "SKU " + sku + " is already used by another product",
                    "{catalog.sku.taken}", "sku", sku);
        }
        if (retired.findBySku(sku).isPresent()) {
            throw Writes.conflictOn("sku", "SKU " + sku + " belonged to a deleted product and is never reused",
                    "{catalog.csv.sku.retired}", "sku", sku);
        }
        if (products.slugTaken(slug)) {
            throw Writes.conflictOn("slug", "slug " + slug + " is already used by another product",
                    "{catalog.csv.slug.taken}", "slug", slug);
        }
        if (retired.findBySlug(slug).isPresent()) {
            throw Writes.conflictOn("slug", "slug " + slug + " belonged to a deleted product and is never reused "
                    + "(old links must not show another product); choose another", "{catalog.slug.retired}", "slug",
                    slug);
        }
        Product product = new Product();
        product.sku = sku;
        product.slug = slug;
        CatalogMapper.apply(request, category, product);
        product.recordChange(Instant.now());
        products.persist(product); // identity column: the id (the event's key) is assigned here
        ProductView created = CatalogMapper.toView(product);
        publish(product, ProductChanged.CREATED, changedFields(null, created));
        return created;
    }

    /** The product, row-locked, if the edit was based on its current version (else 409; unknown or deleted: 404). */
    private Product lockedAt(long id, long basedOn) {
        Product product = products.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Product", id));
        if (!product.isAtVersion(basedOn)) {
            // optimistic concurrency on top of the row lock: the editor saw an older state
            throw Writes.staleVersion("Product " + id, product.version, basedOn);
        }
        return product;
    }

    private Category categoryOf(String slug) {
        return categories.findBySlug(slug.strip())
                .orElseThrow(() -> ProblemException.invalid("categorySlug", "{catalog.category.unknown}"));
    }

    /** Spec keys are unique within a product (the field names the second one). */
    private static void checkSpecs(List<Spec> specs) {
        if (specs == null) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            if (!keys.add(specs.get(i).key())) {
                throw ProblemException.invalid("specs[" + i + "].key", "{catalog.spec-key.duplicate}", "key", specs.get(i).key());
            }
        }
    }

    /** The next version of a changed product, its event (type by what changed) and its activity entry. */
    /**
     * The one path of a change to an existing product (its fields, stock, availability, pictures): the next version,
     * its event typed by what changed, and its activity entry {@code action}, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProductView recordChange(Product product, ProductView before, String action, RequestOrigin origin) {
        product.recordChange(Instant.now());
        ProductView after = CatalogMapper.toView(product);
        List<String> changed = changedFields(before, after);
        publish(product, typeOf(changed, after), changed);
        activity.record(origin, action, "product", String.valueOf(product.id), before, after);
        LOG.infof("Product %d (%s) %s, version %d", product.id, product.sku, action, product.version);
        return after;
    }

    private void publish(Product product, String type, List<String> changed) {
        ProductChanged event = CatalogMapper.toEvent(product, UUID.randomUUID(), type, changed, false);
        cache.invalidateAfterCommit();
        outbox.enqueue(ProductChanged.TOPIC, String.valueOf(product.id), type, event.eventId(), event);
    }

    private static String typeOf(List<String> changed, ProductView after) {
        if (changed.contains("active")) {
            return after.active() ? ProductChanged.ACTIVATED : ProductChanged.DEACTIVATED;
        }
        if (changed.contains("price") || changed.contains("priceOnRequest") || changed.contains("currency")) {
            return ProductChanged.PRICE_CHANGED;
        }
        return ProductChanged.UPDATED;
    }

    /** The editable fields of the API view, in view order. */
    static final List<String> EDITABLE_FIELDS = List.of("categorySlug", "name", "description", "specs", "unit",
            "minOrderQuantity", "price", "currency", "priceOnRequest", "stockQuantity", "active");

    /** The editable fields of the API view that differ (all of them for a new product, {@code before} null). */
    static List<String> changedFields(ProductView before, ProductView after) {
        if (before == null) {
            return EDITABLE_FIELDS;
        }
        List<String> changed = new ArrayList<>();
        check(changed, "categorySlug", before.categorySlug(), after.categorySlug());
        check(changed, "name", before.name(), after.name());
        check(changed, "description", before.description(), after.description());
        check(changed, "specs", before.specs(), after.specs());
        check(changed, "unit", before.unit(), after.unit());
        check(changed, "minOrderQuantity", before.minOrderQuantity(), after.minOrderQuantity());
        if (!samePrice(before.price(), after.price())) {
            changed.add("price");
        }
        check(changed, "currency", before.currency(), after.currency());
        check(changed, "priceOnRequest", before.priceOnRequest(), after.priceOnRequest());
        check(changed, "stockQuantity", before.stockQuantity(), after.stockQuantity());
        check(changed, "active", before.active(), after.active());
        check(changed, "images", before.images(), after.images());
        return changed;
    }

    private static void check(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static boolean samePrice(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
