package com.zivah.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import com.zivah.platform.i18n.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A buyer's request for quote; staff price it later (unit prices, total, notes). The rules of a quote are methods
 * here: {@link #submit} creates one as the buyer sent it, {@link #addItem} adds a product from the snapshot.
 */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quote_number", nullable = false, unique = true, length = 20)
    public String quoteNumber;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "customer_email", nullable = false)
    public String customerEmail;

    @Column(name = "customer_phone", length = 50)
    public String customerPhone;

    public String company;

    @Column(length = 100)
    public String country;

    @Column(nullable = false, length = 2)
    public String locale;

    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteStatus status;

    @Column(name = "total_amount", precision = 12, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "admin_notes")
    public String adminNotes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<QuoteItem> items = new ArrayList<>();

    /** Most items an RFQ may list. */
    public static final int MAX_ITEMS = 50;
    /** Smallest and largest quantity of one item. */
    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 1_000_000;

    /** Who asks: as the buyer typed it (trimmed here; blank optional fields are absent). */
    public record Customer(String name, String email, String phone, String company, String country) {
    }

    /**
     * A quote as the buyer submitted it, still without items: status {@link QuoteStatus#PENDING}, created and
     * updated {@code at} (in microseconds: what PostgreSQL stores, so the response and the event match a later
     * read), in the buyer's language (Spanish when none is given). Text is trimmed; blank optional text is absent.
     */
    public static Quote submit(String quoteNumber, Customer customer, String localeTag, String message, Instant at) {
        Quote quote = new Quote();
        quote.quoteNumber = quoteNumber;
        quote.customerName = customer.name().strip();
        quote.customerEmail = customer.email().strip();
        quote.customerPhone = optional(customer.phone());
        quote.company = optional(customer.company());
        quote.country = optional(customer.country());
        quote.locale = Language.ofTag(localeTag).tag();
        quote.message = optional(message);
        quote.status = QuoteStatus.PENDING;
        quote.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        quote.updatedAt = quote.createdAt;
        return quote;
    }

    /** The buyer's language: mails and frozen product names use it. */
    public Language language() {
        return Language.ofTag(locale);
    }

    /** Why {@code product} cannot be added to this quote (a product is listed once, and only while active), if so. */
    public Optional<String> refusalOf(ProductSnapshot product) {
        if (items.stream().anyMatch(i -> i.productId.equals(product.productId))) {
            return Optional.of("is listed more than once");
        }
        if (!product.active) {
            return Optional.of("is no longer available");
        }
        return Optional.empty();
    }

    /**
     * Adds {@code quantity} of {@code product}, freezing its SKU, unit and name (in the buyer's language) so later
     * catalog changes do not rewrite what the buyer asked for. Check {@link #refusalOf} first: a refused product,
     * a quantity outside {@value #MIN_QUANTITY}..{@value #MAX_QUANTITY} or more than {@value #MAX_ITEMS} items
     * are programming errors here.
     */
    public QuoteItem addItem(ProductSnapshot product, int quantity) {
        refusalOf(product).ifPresent(reason -> {
            throw new IllegalArgumentException("Product " + product.productId + " " + reason);
        });
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("Quantity " + quantity + " is outside " + MIN_QUANTITY + ".." + MAX_QUANTITY);
        }
        if (items.size() == MAX_ITEMS) {
            throw new IllegalArgumentException("A quote lists at most " + MAX_ITEMS + " items");
        }
        QuoteItem item = new QuoteItem();
        item.quote = this;
        item.productId = product.productId;
        item.sku = product.sku;
        item.productName = product.nameIn(language());
        item.unit = product.unit;
        item.quantity = quantity;
        items.add(item);
        return item;
    }

    private static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
