package com.zivah.quote;

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

/**
 * One requested product. SKU, name (in the buyer's language) and unit are frozen at submission,
 * so later catalog changes do not rewrite what the buyer asked for.
 */
@Entity
@Table(name = "quote_item")
public class QuoteItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false)
    public Quote quote;

    @Column(name = "product_id", nullable = false)
    public Long productId;

    @Column(nullable = false, length = 100)
    public String sku;

    @Column(name = "product_name", nullable = false)
    public String productName;

    @Column(length = 50)
    public String unit;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price", precision = 10, scale = 2)
    public BigDecimal unitPrice;

    @Column(name = "total_price", precision = 12, scale = 2)
    public BigDecimal totalPrice;

    public String notes;
}
