package com.zivah.catalog.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.catalog.api.CategoryWriteRequest;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.image.ImagePipeline;
import com.zivah.catalog.config.CatalogConfig;
import com.zivah.catalog.repository.CategoryRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The demo catalog of an export trading company ({@value #RESOURCE}: 7 categories, 39 products, one withdrawn,
 * several "price on request"), in the API's own JSON shapes. Demo data, not a schema migration: loaded at startup
 * when {@code zivah.catalog.demo-data} is true (the default, for the local stack, compose and e2e; production sets
 * {@code ZIVAH_CATALOG_DEMO_DATA=false}) and the catalog has no category yet. Every product goes through
 * {@link ProductService#create} (every category through {@link CategoryService#create}), the path of every change,
 * so each one publishes its ProductCreated (CategoryCreated) and a fresh consumer receives the whole catalog. Each
 * product also gets a generated picture ({@link ImageService#attachDemoImage}: drawn here, never fetched, through the
 * upload pipeline) as part of version 1.
 *
 * <p>Two replicas starting at once: both take the same transaction-scoped advisory lock
 * ({@link CategoryRepository#lockForSetup()}) before looking at the catalog. The second waits until the first
 * commits (or rolls back, which releases the lock too) and only then counts the categories; at READ COMMITTED that
 * count runs after the lock is granted, so it sees the first replica's catalog and loads nothing.
 */
@ApplicationScoped
@Transactional
public class DemoCatalog {

    static final String RESOURCE = "demo/catalog.json";

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);

    private final CatalogConfig config;
    private final CategoryRepository categories;
    private final ProductService products;
    private final CategoryService categoryWrites;
    private final ObjectMapper json;
    private final Validator validator;
    private final ImageService images;

    public DemoCatalog(CatalogConfig config, CategoryRepository categories, ProductService products,
                       CategoryService categoryWrites, ObjectMapper json, Validator validator, ImageService images) {
        this.images = images;
        this.config = config;
        this.categories = categories;
        this.products = products;
        this.categoryWrites = categoryWrites;
        this.json = json;
        this.validator = validator;
    }

    /**
     * The file: categories as a category POST body plus {@code sortOrder}, products as a PUT body plus {@code sku} and
     * {@code slug}.
     */
    record DemoData(List<ObjectNode> categories, List<ObjectNode> products) {
    }

    /** After CompactedTopics (default priority) has made the topics compacted, so the first events land on them. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (config.demoData()) {
            loadIfEmpty();
        }
    }

    /** Loads the demo catalog unless the catalog has a category already; true when it loaded it. */
    public boolean loadIfEmpty() {
        categories.lockForSetup();
        if (categories.count() > 0) {
            return false;
        }
        long started = System.nanoTime();
        DemoData data = read();
        Map<String, String> icons = new HashMap<>();
        for (ObjectNode category : data.categories()) {
            ObjectNode state = category.deepCopy();
            int sortOrder = state.remove("sortOrder").asInt();
            CategoryWriteRequest request = json.convertValue(state, CategoryWriteRequest.class);
            checkValid(request.slug(), request);
            categoryWrites.create(request, sortOrder, null);
            icons.put(request.slug(), request.icon());
        }
        List<ImagePipeline.Result> pictures = images.drawDemoPictures(data.products().stream()
                .map(p -> new ImageService.DemoPicture(icons.get(p.path("categorySlug").asText()),
                        p.path("name").path("es").asText()))
                .toList());
        long drawn = System.nanoTime();
        int index = 0;
        for (ObjectNode product : data.products()) {
            ObjectNode state = product.deepCopy();
            String sku = state.remove("sku").asText();
            String slug = state.remove("slug").asText();
            ProductUpdateRequest request = json.convertValue(state, ProductUpdateRequest.class);
            checkValid(sku, request);
            ProductView created = products.create(sku, slug, request);
            images.attachDemoImage(created.id(), pictures.get(index++), created.name());
        }
        LOG.infof("Loaded the demo catalog: %d categories, %d products with their pictures in %d ms (pictures %d ms)",
                data.categories().size(), data.products().size(), (System.nanoTime() - started) / 1_000_000,
                (drawn - started) / 1_000_000);
        return true;
    }

    /** The rules of a PUT body, except {@code version} (the edit's base version; a new product has none). */
    private void checkValid(String sku, Object request) {
        String violations = validator.validate(request).stream()
                .filter(v -> !"version".equals(v.getPropertyPath().toString()))
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining(", "));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Demo entry " + sku + " in " + RESOURCE + " is invalid: " + violations);
        }
    }

    private DemoData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
