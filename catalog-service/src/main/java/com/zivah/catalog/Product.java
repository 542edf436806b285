package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A sellable product. Either it has a {@link #price} or it is {@link #priceOnRequest} (enforced by a
 * check constraint). {@link #version} grows with every change and is the version of its ProductChanged events.
 * The rules are the methods below; SKU and slug identify the product and never change.
 */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    public String sku;

    @Column(nullable = false, unique = true, length = 150)
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    public Category category;

    @Column(name = "name_es", nullable = false, length = 200)
    public String nameEs;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(name = "description_es", nullable = false, length = 4000)
    public String descriptionEs;

    @Column(name = "description_en", nullable = false, length = 4000)
    public String descriptionEn;

    /** The ordered specification table (origin, packaging, HS code, incoterms...), ES/EN labels and values. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Specification> specs = new ArrayList<>();

    @Column(nullable = false, length = 10)
    public String unit;

    @Column(name = "min_order_quantity", nullable = false)
    public int minOrderQuantity;

    @Column(precision = 12, scale = 2)
    public BigDecimal price;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "price_on_request", nullable = false)
    public boolean priceOnRequest;

    @Column(name = "stock_quantity", nullable = false)
    public int stockQuantity;

    /** Its pictures in their order; the first is the primary one (see {@link #addImage}). */
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    @BatchSize(size = 100)
    public List<ProductImage> images = new ArrayList<>();

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A price, or "price on request" without one: the price is dropped when the product is on request. */
    public void changePrice(BigDecimal newPrice, boolean onRequest) {
        priceOnRequest = onRequest;
        price = onRequest ? null : newPrice;
    }

    /** On sale, or withdrawn: a withdrawn product disappears from public reads and its event says {@code active: false}. */
    public void changeAvailability(boolean onSale) {
        active = onSale;
    }

    /** Changes the stock on hand (never negative: the check constraint and the API refuse it). */
    public void changeStock(int quantity) {
        stockQuantity = quantity;
    }

    /** Whether an edit based on {@code basedOn} (the version its editor read) is based on the current state. */
    public boolean isAtVersion(long basedOn) {
        return version == basedOn;
    }

    /**
     * Records a change, the first one included: the next version (1 for a new product) at {@code at}, truncated to
     * microseconds (what PostgreSQL stores, so the event and a later read agree).
     */
    public void recordChange(Instant at) {
        // the version is bumped whatever changed: it orders every ProductChanged of this product
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        if (createdAt == null) {
            createdAt = when;
        }
        updatedAt = when;
        version++;
    }

    /** Adds {@code image} after the others; the first image of a product is its primary one. */
    public void addImage(ProductImage image) {
        image.product = this;
        images.add(image);
        renumberImages();
    }

    /** The image {@code imageId} of this product, if it has one. */
    public Optional<ProductImage> image(long imageId) {
        return images.stream().filter(i -> i.id != null && i.id == imageId).findFirst();
    }

    /** Removes {@code image}; when it was the primary one, the next image becomes primary. */
    public void removeImage(ProductImage image) {
        images.remove(image);
        renumberImages();
    }

    /**
     * Puts the images in the order of {@code imageIds} (the first becomes primary); false, and nothing changes,
     * unless the list names each of this product's images exactly once.
     */
    public boolean reorderImages(List<Long> imageIds) {
        if (imageIds.size() != images.size() || new HashSet<>(imageIds).size() != imageIds.size()) {
            return false;
        }
        List<ProductImage> ordered = new ArrayList<>();
        for (Long id : imageIds) {
            Optional<ProductImage> image = id == null ? Optional.empty() : image(id);
            if (image.isEmpty()) {
                return false;
            }
            ordered.add(image.get());
        }
        images.clear();
        images.addAll(ordered);
        renumberImages();
        return true;
    }

    /** Positions 0..n-1 in list order, exactly one primary (the first) when there is any image. */
    private void renumberImages() {
        for (int i = 0; i < images.size(); i++) {
            images.get(i).sortOrder = i;
            images.get(i).primary = i == 0;
        }
    }
}
