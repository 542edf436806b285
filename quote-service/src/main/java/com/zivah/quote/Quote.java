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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    /** ISO 3166-1 alpha-2, upper case, or null. */
    @Column(length = 2)
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

    /** When staff first acted on it (issue 9 sets it); null until then. Statistics average the time to it. */
    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<QuoteItem> items = new ArrayList<>();

    /** Most items an RFQ may list. */
    public static final int MAX_ITEMS = 50;
    /** Smallest and largest quantity of one item. */
    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 1_000_000;

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    /** Longest buyer note on one item. */
    public static final int MAX_NOTE = 500;

    /** Who asks: as the buyer typed it (trimmed here; blank optional fields are absent; country an ISO code). */
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
        if (quote.country != null && !isCountryCode(quote.country)) {
            throw new IllegalArgumentException("Country " + quote.country + " is not an ISO 3166-1 alpha-2 code");
        }
        quote.locale = Language.ofTag(localeTag).tag();
        quote.message = optional(message);
        quote.status = QuoteStatus.PENDING;
        quote.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        quote.updatedAt = quote.createdAt;
        return quote;
    }

    /** An ISO 3166-1 alpha-2 code in upper case ({@code ES}), as {@link Locale#getISOCountries()} lists them. */
    public static boolean isCountryCode(String country) {
        return country != null && COUNTRY_CODES.contains(country);
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

    /** {@link #addItem(ProductSnapshot, int, String)} without a note. */
    public QuoteItem addItem(ProductSnapshot product, int quantity) {
        return addItem(product, quantity, null);
    }

    /**
     * Adds {@code quantity} of {@code product} with the buyer's {@code note} for that line (trimmed, blank is
     * absent, at most {@value #MAX_NOTE} characters), freezing its SKU, unit and name (in the buyer's language), its
     * public unit price (scale 2, in its currency; unpriced when the price is on request) and its minimum order
     * quantity, so later catalog changes do not rewrite what the buyer asked for and was shown. A quantity below the
     * minimum order is accepted (see {@link QuoteItem#belowMinimumOrder()}: a warning for the buyer, not a refusal).
     * Check {@link #refusalOf} first: a refused product, a quantity outside {@value #MIN_QUANTITY}..{@value
     * #MAX_QUANTITY}, a longer note or more than {@value #MAX_ITEMS} items are programming errors here.
     */
    public QuoteItem addItem(ProductSnapshot product, int quantity, String note) {
        refusalOf(product).ifPresent(reason -> {
            throw new IllegalArgumentException("Product " + product.productId + " " + reason);
        });
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("Quantity " + quantity + " is outside " + MIN_QUANTITY + ".." + MAX_QUANTITY);
        }
        if (items.size() == MAX_ITEMS) {
            throw new IllegalArgumentException("A quote lists at most " + MAX_ITEMS + " items");
        }
        String buyerNote = optional(note);
        if (buyerNote != null && buyerNote.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters");
        }
        QuoteItem item = new QuoteItem();
        item.quote = this;
        item.note = buyerNote;
        item.snapshotPrice(product);
        item.minOrderQuantity = product.minOrderQuantity;
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
