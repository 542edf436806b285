package com.zivah.catalog.mapping;

import com.zivah.catalog.Category;
import com.zivah.catalog.Product;
import com.zivah.catalog.api.CategoryView;
import com.zivah.catalog.api.LocalizedText;
import com.zivah.catalog.api.ProductUpdateRequest;
import com.zivah.catalog.api.ProductView;
import com.zivah.catalog.event.ProductChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Entity ⇄ API record ⇄ event conversions, kept in one place so the shapes stay aligned. */
public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static CategoryView toView(Category category, long productCount) {
        return new CategoryView(category.id, category.slug,
                new LocalizedText(category.nameEs, category.nameEn),
                new LocalizedText(category.descriptionEs, category.descriptionEn),
                category.icon, category.sortOrder, productCount);
    }

    /** A new category with the texts and position of {@code view} (its id and product count are ignored). */
    public static Category toCategory(CategoryView view) {
        Category category = new Category();
        category.slug = view.slug();
        category.nameEs = view.name().es();
        category.nameEn = view.name().en();
        category.descriptionEs = view.description() == null ? null : view.description().es();
        category.descriptionEn = view.description() == null ? null : view.description().en();
        category.icon = view.icon();
        category.sortOrder = view.sortOrder();
        return category;
    }

    public static ProductView toView(Product product) {
        return new ProductView(product.id, product.sku, product.slug, product.category.slug,
                new LocalizedText(product.nameEs, product.nameEn),
                new LocalizedText(product.descriptionEs, product.descriptionEn),
                product.features == null ? Map.of() : product.features,
                product.unit, product.minOrderQuantity, product.price, product.currency, product.priceOnRequest,
                product.stockQuantity, product.images.stream().map(ImageMapper::toView).toList(), product.active,
                product.version);
    }

    /** Copies the editable state; the caller has resolved {@code category} from the request's slug. */
    public static void apply(ProductUpdateRequest request, Category category, Product product) {
        product.category = category;
        product.nameEs = request.name().es().strip();
        product.nameEn = request.name().en().strip();
        product.descriptionEs = request.description().es().strip();
        product.descriptionEn = request.description().en().strip();
        product.features = request.features() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.features());
        product.unit = request.unit();
        product.minOrderQuantity = request.minOrderQuantity();
        product.changePrice(request.price(), request.priceOnRequest());
        product.currency = request.currency();
        product.stockQuantity = request.stockQuantity();
        product.changeAvailability(request.active());
    }

    public static ProductChanged toEvent(Product product, UUID eventId) {
        return new ProductChanged(eventId, product.updatedAt, product.id, product.version, product.sku, product.slug,
                product.category.slug, product.nameEs, product.nameEn, product.unit, product.price, product.currency,
                product.priceOnRequest, product.active);
    }
}
