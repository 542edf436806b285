package com.zivah.catalog.mapping;

import com.zivah.catalog.Category;
import com.zivah.catalog.Product;
import com.zivah.catalog.Specification;
import com.zivah.catalog.api.CategoryView;
import com.zivah.catalog.api.CategoryWriteRequest;
import com.zivah.catalog.api.LocalizedText;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.api.Spec;
import com.zivah.catalog.event.CategoryChanged;
import com.zivah.catalog.event.ProductChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Entity ⇄ API record ⇄ event conversions, kept in one place so the shapes stay aligned. */
public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static CategoryView toView(Category category, long productCount) {
        return new CategoryView(category.id, category.slug,
                new LocalizedText(category.nameEs, category.nameEn),
                new LocalizedText(category.descriptionEs, category.descriptionEn),
                category.icon, category.sortOrder, productCount, category.color, category.version);
    }

    /** Copies the editable texts, icon and colour of {@code request} (not the slug, position or version). */
    public static void apply(CategoryWriteRequest request, Category category) {
        category.nameEs = request.name().es().strip();
        category.nameEn = request.name().en().strip();
        category.descriptionEs = request.description() == null ? null : blankToNull(request.description().es());
        category.descriptionEn = request.description() == null ? null : blankToNull(request.description().en());
        category.icon = request.icon();
        category.color = request.color().toUpperCase(Locale.ROOT);
    }

    public static ProductView toView(Product product) {
        return new ProductView(product.id, product.sku, product.slug, product.category.slug,
                new LocalizedText(product.nameEs, product.nameEn),
                new LocalizedText(product.descriptionEs, product.descriptionEn),
                toSpecs(product.specs),
                product.unit, product.minOrderQuantity, product.price, product.currency, product.priceOnRequest,
                product.stockQuantity, product.images.stream().map(ImageMapper::toView).toList(), product.active,
                product.version, product.createdAt, product.updatedAt);
    }

    /** Copies the editable state; the caller has resolved {@code category} from the request's slug. */
    public static void apply(ProductUpdateRequest request, Category category, Product product) {
        product.category = category;
        product.nameEs = request.name().es().strip();
        product.nameEn = request.name().en().strip();
        product.descriptionEs = request.description().es().strip();
        product.descriptionEn = request.description().en().strip();
        product.specs = toSpecifications(request.specs());
        product.unit = request.unit();
        product.minOrderQuantity = request.minOrderQuantity();
        product.changePrice(request.price(), request.priceOnRequest());
        product.currency = request.currency();
        product.changeStock(request.stockQuantity());
        product.changeAvailability(request.active());
    }

    /** The editable state of {@code view} as a PUT body based on its version (CSV import, tests). */
    public static ProductUpdateRequest toUpdate(ProductView view) {
        return new ProductUpdateRequest(view.categorySlug(),
                new ProductUpdateRequest.Name(view.name().es(), view.name().en()),
                new ProductUpdateRequest.Description(view.description().es(), view.description().en()),
                view.specs(), view.unit(), view.minOrderQuantity(), view.price(), view.currency(),
                view.priceOnRequest(), view.stockQuantity(), view.active(), view.version());
    }

    public static List<Spec> toSpecs(List<Specification> specs) {
        if (specs == null) {
            return List.of();
        }
        return specs.stream().map(s -> new Spec(s.key(), new Spec.Label(s.label().es(), s.label().en()),
                new Spec.Value(s.value().es(), s.value().en()))).toList();
    }

    private static List<Specification> toSpecifications(List<Spec> specs) {
        List<Specification> stored = new ArrayList<>();
        if (specs != null) {
            for (Spec spec : specs) {
                stored.add(new Specification(spec.key(),
                        new Specification.Text(spec.label().es().strip(), spec.label().en().strip()),
                        new Specification.Text(spec.value().es().strip(), spec.value().en().strip())));
            }
        }
        return stored;
    }

    /**
     * The product's state after a change as its event: {@code type} says what happened, {@code changedFields} which
     * fields of the API view changed (all of them for a new product).
     */
    public static ProductChanged toEvent(Product product, UUID eventId, String type, List<String> changedFields,
                                         boolean deleted) {
        return new ProductChanged(eventId, product.updatedAt, product.id, product.version, product.sku, product.slug,
                product.category.slug, product.nameEs, product.nameEn, product.unit, product.price, product.currency,
                product.priceOnRequest, product.active && !deleted, type, List.copyOf(changedFields),
                product.descriptionEs, product.descriptionEn, toSpecs(product.specs), product.minOrderQuantity,
                product.stockQuantity, deleted, product.createdAt);
    }

    public static CategoryChanged toEvent(Category category, UUID eventId, java.time.Instant at, String type,
                                          boolean deleted) {
        return new CategoryChanged(eventId, at, type, category.id, category.version, category.slug, category.nameEs,
                category.nameEn, category.descriptionEs, category.descriptionEn, category.icon, category.color,
                category.sortOrder, deleted);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
