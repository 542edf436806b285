package com.zivah.catalog.service;

import com.zivah.catalog.Category;
import com.zivah.catalog.Product;
import com.zivah.catalog.api.ProductFilter;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.event.ProductChanged;
import com.zivah.catalog.mapping.CatalogMapper;
import com.zivah.catalog.repository.CategoryRepository;
import com.zivah.catalog.repository.ProductRepository;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    public ProductService(ProductRepository products, CategoryRepository categories, Outbox outbox) {
        this.products = products;
        this.categories = categories;
        this.outbox = outbox;
    }

    public PageResponse<ProductView> listActive(ProductFilter filter, PageRequest paging) {
        Category category = null;
        if (filter.category != null && !filter.category.isBlank()) {
            category = categories.findBySlug(filter.category.strip())
                    .orElseThrow(() -> ProblemException.invalid("category", "unknown category"));
        }
        String search = filter.q == null || filter.q.isBlank() ? null : filter.q.strip();
        long total = products.countActive(category, search);
        List<ProductView> items = total == 0 ? List.of()
                : products.pageActive(category, search, paging).stream().map(CatalogMapper::toView).toList();
        return PageResponse.of(items, paging, total);
    }

    /** An active product by numeric id or by slug (slugs always contain a letter). */
    public ProductView getActive(String idOrSlug) {
        return (NUMERIC_ID.matcher(idOrSlug).matches()
                ? products.findActiveById(Long.parseLong(idOrSlug))
                : products.findActiveBySlug(idOrSlug))
                .map(CatalogMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("Product", idOrSlug));
    }

    /**
     * Replaces the editable state of a product, bumps its version and records a ProductChanged in the
     * same transaction, so the change and its event commit (or fail) together.
     */
    public ProductView update(long id, ProductUpdateRequest request) {
        Product product = products.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Product", id));
        if (!product.isAtVersion(request.version())) {
            // optimistic concurrency on top of the row lock: the editor saw an older state
            throw ProblemException.conflict("Product " + id + " was changed meanwhile (now version " + product.version
                    + ", the edit was based on " + request.version() + "); reload it and apply the edit again");
        }
        change(product, request);
        LOG.infof("Product %d (%s) updated to version %d", product.id, product.sku, product.version);
        return CatalogMapper.toView(product);
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
        if (product.id == null) {
            products.persist(product); // identity column: the id (the event's key) is assigned here
        }
        ProductChanged event = CatalogMapper.toEvent(product, UUID.randomUUID());
        outbox.enqueue(ProductChanged.TOPIC, String.valueOf(product.id), ProductChanged.TYPE, event.eventId(), event);
    }
}
