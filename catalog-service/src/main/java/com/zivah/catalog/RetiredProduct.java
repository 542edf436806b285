package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The identifiers of a deleted product (V5): its SKU and slug stay reserved, so an old product URL, a quote's SKU or
 * a CSV row never silently points at a different product.
 */
@Entity
@Table(name = "retired_product")
public class RetiredProduct extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    public Long productId;

    @Column(nullable = false, unique = true, length = 40)
    public String sku;

    @Column(nullable = false, unique = true, length = 150)
    public String slug;

    @Column(name = "deleted_at", nullable = false)
    public Instant deletedAt;

    public static RetiredProduct of(Product product, Instant at) {
        RetiredProduct retired = new RetiredProduct();
        retired.productId = product.id;
        retired.sku = product.sku;
        retired.slug = product.slug;
        retired.deletedAt = at;
        return retired;
    }
}
