package com.zivah.quote;

import com.zivah.platform.i18n.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The quote service's read-only copy of a catalog product, kept current by ProductChanged events
 * (never by reading the catalog's tables). Written only by {@code ProductSnapshotRepository#upsertIfNewer}.
 */
@Entity
@Table(name = "product_snapshot")
public class ProductSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    public Long productId;

    @Column(nullable = false, length = 100)
    public String sku;

    @Column(name = "name_es", nullable = false)
    public String nameEs;

    @Column(name = "name_en")
    public String nameEn;

    @Column(length = 50)
    public String unit;

    @Column(precision = 12, scale = 2)
    public BigDecimal price;

    @Column(length = 3)
    public String currency;

    @Column(name = "price_on_request", nullable = false)
    public boolean priceOnRequest;

    @Column(nullable = false)
    public boolean active;

    /** The smallest quantity the catalog sells of it; null when it set none. Below it a quote gets a warning. */
    @Column(name = "min_order_quantity")
    public Integer minOrderQuantity;

    @Column(nullable = false)
    public long version;

    /** When the catalog made the change (the event's occurredAt). */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The name a buyer reads in {@code language}; English falls back to Spanish when the catalog has none. */
    public String nameIn(Language language) {
        return language.pick(nameEs, nameEn);
    }
}
