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
import java.math.RoundingMode;

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

    /** The product's public price when the buyer asked (scale 2); null when the price is on request. */
    @Column(name = "unit_price", precision = 12, scale = 2)
    public BigDecimal unitPrice;

    /** Of {@link #unitPrice}; null when unpriced. */
    @Column(length = 3)
    public String currency;

    @Column(name = "price_on_request", nullable = false)
    public boolean priceOnRequest;

    /** The product's minimum order quantity when the buyer asked; null when it had none. */
    @Column(name = "min_order_quantity")
    public Integer minOrderQuantity;

    /** The buyer's note for this line. */
    @Column(length = 500)
    public String note;

    /** Staff's unit price (scale 2, in the quote's currency); null: not priced yet. */
    @Column(name = "quoted_unit_price", precision = 12, scale = 2)
    public BigDecimal quotedUnitPrice;

    /** {@link #lineTotal()} as of the last pricing (null while unpriced). */
    @Column(name = "total_price", precision = 19, scale = 2)
    public BigDecimal totalPrice;

    /** Staff's notes on this line. */
    public String notes;

    /** Fewer than the product's minimum order quantity (then): the buyer is warned, the line is kept. */
    public boolean belowMinimumOrder() {
        return minOrderQuantity != null && quantity < minOrderQuantity;
    }

    /** quantity × staff's unit price, exact at scale 2; null while unpriced. */
    public BigDecimal lineTotal() {
        return quotedUnitPrice == null ? null
                : quotedUnitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Staff's price of this line ({@code null}: unpriced); the caller checked it is 0.. with at most 2 decimals. */
    void price(BigDecimal unitPrice) {
        quotedUnitPrice = unitPrice == null ? null : unitPrice.setScale(2, RoundingMode.HALF_UP);
        totalPrice = lineTotal();
    }

    /**
     * Freezes the public price of {@code product}: its price at scale 2 (half-up) and currency, or no price at all
     * when the price is on request (or the catalog has none: then the line is on request too).
     */
    void snapshotPrice(ProductSnapshot product) {
        if (product.priceOnRequest || product.price == null) {
            priceOnRequest = true;
            unitPrice = null;
            currency = null;
        } else {
            priceOnRequest = false;
            unitPrice = product.price.setScale(2, RoundingMode.HALF_UP);
            currency = product.currency;
        }
    }
}
