package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

    @Column(name = "image_url", length = 500)
    public String imageUrl;

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
}
