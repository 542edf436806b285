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
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A buyer's request for quote; staff price it later (unit prices, total, notes). The rules of a quote are methods
 * here: {@link #submit} creates one as the buyer sent it, {@link #addItem} adds a product from the snapshot,
 * {@link #price} sets staff's prices and conditions, {@link #apply} moves it along the status graph
 * ({@link QuoteAction}), {@link #freezeVersion} sends the next version; each records a {@link QuoteTimelineEntry},
 * bumps {@link #version} and (staff's first one) sets {@link #firstResponseAt}. A rule broken by staff input is a
 * {@link ProblemException} naming the field (400) or, for the quote's state, a 409.
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

    /** {@link #total()} as of the last write (null while a line is unpriced): the list shows it. */
    @Column(name = "total_amount", precision = 19, scale = 2)
    public BigDecimal totalAmount;

    /** Staff's internal notes, never shown to the buyer. */
    @Column(name = "admin_notes", length = MAX_ADMIN_NOTES)
    public String adminNotes;

    /** Optimistic lock of staff writes: every write names the version it read and bumps it. */
    @Column(nullable = false)
    public int version;

    /** ISO 4217 code of staff's prices. */
    @Column(nullable = false, length = 3)
    public String currency = DEFAULT_CURRENCY;

    /** The last day the prices hold (inclusive). */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Conditions shown to the buyer (delivery, payment). */
    @Column(length = MAX_TERMS)
    public String terms;

    /** 0..100 with 2 decimals; null: no discount. */
    @Column(name = "discount_percent", precision = 5, scale = 2)
    public BigDecimal discountPercent;

    /** Why staff cancelled it (only while CANCELLED). */
    @Column(name = "cancel_reason", length = MAX_REASON)
    public String cancelReason;

    /** The number of the last version sent (0: none yet). */
    @Column(name = "last_sent_version", nullable = false)
    public int lastSentVersion;

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

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    public List<QuoteTimelineEntry> timeline = new ArrayList<>();

    public static final String DEFAULT_CURRENCY = "EUR";
    public static final int MAX_TERMS = 2000;
    public static final int MAX_ADMIN_NOTES = 4000;
    public static final int MAX_REASON = 500;
    /** Largest unit price (numeric(12, 2)). */
    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("9999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Who the SUBMITTED entry names. */
    public static final String BUYER = "buyer";

    /** Most items an RFQ may list. */
    public static final int MAX_ITEMS = 50;
    /** Smallest and largest quantity of one item. */
    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 1_000_000;

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

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
        quote.record(TimelineKind.SUBMITTED, BUYER, at, "Request for quote submitted", Map.of());
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
            return Optional.of("{zivah.duplicate}");
        }
        if (!product.active) {
            return Optional.of("{quote.product.unavailable}");
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

    /** Whether staff's edit was based on the current state. */
    public boolean isAtVersion(int basedOn) {
        return version == basedOn;
    }

    /** Staff's price of one line: {@code unitPrice} null leaves (or makes) it unpriced. */
    public record LinePrice(long itemId, BigDecimal unitPrice) {
    }

    /**
     * Staff's pricing: the whole editable state (null {@code currency}: unchanged; other nulls: none). Lines not
     * listed keep their price.
     */
    public record Pricing(String currency, LocalDate validUntil, String terms, String adminNotes,
                          BigDecimal discountPercent, List<LinePrice> lines) {
    }

    /**
     * Sets staff's prices and conditions {@code at} by {@code actor}: allowed while PENDING or PROCESSING (else 409
     * naming {@code status}); a PENDING quote becomes PROCESSING. Every bad field is a 400 naming it
     * ({@code currency}, {@code validUntil} before {@code today}, {@code discountPercent}, {@code items[i].id},
     * {@code items[i].unitPrice}). Records PRICED (old → new of what changed), NOTE_CHANGED for the notes.
     */
    public void price(Pricing pricing, String actor, Instant at, LocalDate today) {
        if (status != QuoteStatus.PENDING && status != QuoteStatus.PROCESSING) {
            throw conflict("status", "a " + status + " quote cannot be priced; reopen it first",
                    "{quote.status.not-priceable}", "status", status);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String newCurrency = pricing.currency() == null ? currency : pricing.currency().strip();
        if (!isCurrencyCode(newCurrency)) {
            errors.add(new Problem.FieldError("currency", "{zivah.currency}"));
        }
        if (pricing.validUntil() != null && pricing.validUntil().isBefore(today)) {
            errors.add(new Problem.FieldError("validUntil", "{zivah.date.past}"));
        }
        String newTerms = optional(pricing.terms());
        if (newTerms != null && newTerms.length() > MAX_TERMS) {
            errors.add(Problem.FieldError.of("terms", "{zivah.text.max-length}", "max", MAX_TERMS));
        }
        String newNotes = optional(pricing.adminNotes());
        if (newNotes != null && newNotes.length() > MAX_ADMIN_NOTES) {
            errors.add(Problem.FieldError.of("adminNotes", "{zivah.text.max-length}", "max", MAX_ADMIN_NOTES));
        }
        BigDecimal pct = pricing.discountPercent();
        if (pct != null && (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0 || pct.stripTrailingZeros().scale() > 2)) {
            errors.add(new Problem.FieldError("discountPercent", "{quote.discount.range}"));
        }
        List<LinePrice> lines = pricing.lines() == null ? List.of() : pricing.lines();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            LinePrice line = lines.get(i);
            if (itemById(line.itemId()).isEmpty()) {
                errors.add(new Problem.FieldError("items[" + i + "].id", "{quote.item.unknown}"));
            } else if (!seen.add(line.itemId())) {
                errors.add(new Problem.FieldError("items[" + i + "].id", "{zivah.duplicate}"));
            }
            BigDecimal price = line.unitPrice();
            if (price != null && (price.signum() < 0 || price.compareTo(MAX_UNIT_PRICE) > 0
                    || price.stripTrailingZeros().scale() > 2)) {
                errors.add(Problem.FieldError.of("items[" + i + "].unitPrice", "{quote.unit-price.range}",
                        "max", MAX_UNIT_PRICE.toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changed(changes, "currency", currency, newCurrency);
        changed(changes, "validUntil", validUntil, pricing.validUntil());
        changed(changes, "terms", terms, newTerms);
        BigDecimal newPct = pct == null ? null : pct.setScale(2, RoundingMode.UNNECESSARY);
        changed(changes, "discountPercent", discountPercent, newPct);
        List<Map<String, Object>> lineChanges = new ArrayList<>();
        for (LinePrice line : lines) {
            QuoteItem item = itemById(line.itemId()).orElseThrow();
            BigDecimal before = item.quotedUnitPrice;
            item.price(line.unitPrice());
            if (!sameAmount(before, item.quotedUnitPrice)) {
                Map<String, Object> lineChange = new LinkedHashMap<>();
                lineChange.put("id", item.id);
                lineChange.put("sku", item.sku);
                lineChange.put("old", before);
                lineChange.put("new", item.quotedUnitPrice);
                lineChanges.add(lineChange);
            }
        }
        if (!lineChanges.isEmpty()) {
            changes.put("items", lineChanges);
        }
        currency = newCurrency;
        validUntil = pricing.validUntil();
        terms = newTerms;
        discountPercent = newPct;
        totalAmount = total();
        if (!changes.isEmpty()) {
            changes.put("total", totalAmount);
            record(TimelineKind.PRICED, actor, at, totalAmount == null ? "Prices changed (not every line priced)"
                    : "Prices changed: total " + totalAmount.toPlainString() + " " + currency, changes);
        }
        if (!Objects.equals(adminNotes, newNotes)) {
            Map<String, Object> notes = new LinkedHashMap<>();
            notes.put("old", adminNotes);
            notes.put("new", newNotes);
            adminNotes = newNotes;
            record(TimelineKind.NOTE_CHANGED, actor, at, "Internal notes changed", notes);
        }
        if (status == QuoteStatus.PENDING) {
            moveTo(QuoteAction.START_PROCESSING, null, actor, at);
        }
        respondedAndChanged(at);
    }

    /**
     * Applies a transition of the graph {@code at} by {@code actor}: not allowed from the current status (or
     * {@link QuoteAction#SEND}, which only {@link #freezeVersion} does) → 409 naming {@code action}; CANCEL needs a
     * {@code reason} (1..{@value #MAX_REASON} characters, 400 naming {@code reason}). Records STATUS_CHANGED.
     */
    public void apply(QuoteAction action, String reason, String actor, Instant at) {
        if (action == QuoteAction.SEND) {
            throw conflict("action", "SEND is not a transition: send the priced quote (POST .../send)",
                    "{quote.action.send}");
        }
        if (!action.allowedFrom(status)) {
            throw conflict("action", action + " is not allowed for a " + status + " quote (allowed: "
                    + transitionsNow() + ")", "{quote.action.not-allowed}", "action", action, "status", status,
                    "allowed", transitionsNow());
        }
        String why = optional(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "{zivah.text.max-length}", "max", MAX_REASON);
        }
        if (action == QuoteAction.CANCEL && why == null) {
            throw ProblemException.invalid("reason", "{quote.reason.required}");
        }
        moveTo(action, why, actor, at);
        respondedAndChanged(at);
    }

    /** The transitions the graph allows now, plus {@link QuoteAction#SEND} when {@link #sendProblems} are none. */
    public List<QuoteAction> allowedActions(LocalDate today) {
        List<QuoteAction> allowed = new ArrayList<>();
        for (QuoteAction action : QuoteAction.values()) {
            if (action == QuoteAction.SEND ? status == QuoteStatus.PROCESSING && sendProblems(today).isEmpty()
                    : action.allowedFrom(status)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** What keeps a PROCESSING quote from being sent {@code today}: unpriced lines, no or a past validUntil. */
    public List<Problem.FieldError> sendProblems(LocalDate today) {
        List<Problem.FieldError> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).quotedUnitPrice == null) {
                problems.add(new Problem.FieldError("items[" + i + "].unitPrice", "{quote.item.unpriced}"));
            }
        }
        if (items.isEmpty()) {
            problems.add(new Problem.FieldError("items", "{quote.items.none}"));
        }
        if (!isCurrencyCode(currency)) {
            problems.add(new Problem.FieldError("currency", "{quote.required-to-send}"));
        }
        if (validUntil == null) {
            problems.add(new Problem.FieldError("validUntil", "{quote.required-to-send}"));
        } else if (validUntil.isBefore(today)) {
            problems.add(new Problem.FieldError("validUntil", "{zivah.date.past}"));
        }
        return problems;
    }

    /**
     * Sends the next version {@code at} by {@code actor}: only a PROCESSING quote (409 naming {@code status}) with
     * no {@link #sendProblems} (400 naming each). Status SENT, SENT recorded; returns the version as frozen (the
     * caller renders its PDF and stores it, the quote itself may change later, the version never).
     */
    public Document freezeVersion(String actor, Instant at, LocalDate today) {
        if (status != QuoteStatus.PROCESSING) {
            throw conflict("status", "only a PROCESSING quote can be sent (this one is " + status + ")",
                    "{quote.status.not-sendable}", "status", status);
        }
        List<Problem.FieldError> problems = sendProblems(today);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        lastSentVersion++;
        QuoteStatus from = status;
        status = QuoteStatus.SENT;
        totalAmount = total();
        Document frozen = document(lastSentVersion, at, actor);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", lastSentVersion);
        details.put("from", from.name());
        details.put("to", status.name());
        details.put("total", totalAmount);
        details.put("currency", currency);
        details.put("validUntil", String.valueOf(validUntil));
        record(TimelineKind.SENT, actor, at, "Version " + lastSentVersion + " sent: total "
                + totalAmount.toPlainString() + " " + currency, details);
        respondedAndChanged(at);
        return frozen;
    }

    /** The current draft as a document: the version a send would freeze next, lines possibly unpriced. */
    public Document draft(Instant at) {
        return document(lastSentVersion + 1, at, null);
    }

    /** Sum of the line totals (scale 2); null while a line is unpriced. */
    public BigDecimal subtotal() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (QuoteItem item : items) {
            BigDecimal line = item.lineTotal();
            if (line == null) {
                return null;
            }
            sum = sum.add(line);
        }
        return sum;
    }

    /** subtotal × discountPercent / 100, half-up to 2 decimals; 0.00 without a discount; null while unpriced. */
    public BigDecimal discountAmount() {
        BigDecimal subtotal = subtotal();
        if (subtotal == null) {
            return null;
        }
        if (discountPercent == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return subtotal.multiply(discountPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** subtotal − discountAmount (scale 2); null while a line is unpriced. */
    public BigDecimal total() {
        BigDecimal subtotal = subtotal();
        return subtotal == null ? null : subtotal.subtract(discountAmount());
    }

    /**
     * A quote as the buyer is shown it (the PDF, QuoteSent): {@code version}, made {@code at} by {@code sentBy}
     * (null for a draft); prices and totals null where unpriced.
     */
    public record Document(long quoteId, String quoteNumber, int version, Language language, Instant at,
                           String sentBy, String customerName, String customerEmail, String customerPhone,
                           String company, String country, String currency, LocalDate validUntil, List<Line> lines,
                           BigDecimal subtotal, BigDecimal discountPercent, BigDecimal discountAmount,
                           BigDecimal total, String terms) {

        public record Line(String sku, String productName, int quantity, String unit, String note,
                           BigDecimal unitPrice, BigDecimal lineTotal) {
        }

        /** {@code ZQ-2026-000042-v1.pdf}. */
        public String fileName() {
            return quoteNumber + "-v" + version + ".pdf";
        }
    }

    private Document document(int versionNo, Instant at, String sentBy) {
        return new Document(id == null ? 0 : id, quoteNumber, versionNo, language(), at.truncatedTo(ChronoUnit.MICROS),
                sentBy, customerName, customerEmail, customerPhone, company, country, currency, validUntil,
                items.stream().map(i -> new Document.Line(i.sku, i.productName, i.quantity, i.unit, i.note,
                        i.quotedUnitPrice, i.lineTotal())).toList(),
                subtotal(), discountPercent, discountAmount(), total(), terms);
    }

    private Optional<QuoteItem> itemById(long itemId) {
        return items.stream().filter(i -> i.id != null && i.id == itemId).findFirst();
    }

    private List<QuoteAction> transitionsNow() {
        return java.util.Arrays.stream(QuoteAction.values())
                .filter(a -> a != QuoteAction.SEND && a.allowedFrom(status)).toList();
    }

    private void moveTo(QuoteAction action, String reason, String actor, Instant at) {
        QuoteStatus from = status;
        status = action.to;
        cancelReason = action == QuoteAction.CANCEL ? reason : null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action.name());
        details.put("from", from.name());
        details.put("to", status.name());
        if (reason != null) {
            details.put("reason", reason);
        }
        record(TimelineKind.STATUS_CHANGED, actor, at, from + " → " + status + " (" + action + ")", details);
    }

    /** Staff's first response (any write) sets firstResponseAt; every write bumps the version. */
    private void respondedAndChanged(Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        if (firstResponseAt == null) {
            firstResponseAt = when;
        }
        updatedAt = when;
        version++;
    }

    private void record(TimelineKind kind, String actor, Instant at, String summary, Map<String, Object> details) {
        QuoteTimelineEntry entry = new QuoteTimelineEntry();
        entry.quote = this;
        entry.at = at.truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.kind = kind;
        entry.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        entry.details = details;
        timeline.add(entry);
    }

    private static void changed(Map<String, Object> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0
                : Objects.equals(before, after);
        if (!same) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("old", before == null ? null : before.toString());
            change.put("new", after == null ? null : after.toString());
            changes.put(field, change);
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** An ISO 4217 code in upper case ({@code EUR}), as {@link Currency#getAvailableCurrencies()} lists them. */
    public static boolean isCurrencyCode(String code) {
        return code != null && CURRENCY_CODES.contains(code);
    }

    /** A 409: {@code detail} in English for the developer, the field's message a key (the caller's language). */
    private static ProblemException conflict(String field, String detail, String message, Object... namesAndValues) {
        return new ProblemException(409, "conflict", "Conflict", detail,
                List.of(Problem.FieldError.of(field, message, namesAndValues)));
    }

    private static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
