package com.zivah.quote.service;

import static com.zivah.quote.mapping.QuoteMapper.optional;

import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.ProductSnapshot;
import com.zivah.quote.Quote;
import com.zivah.quote.QuoteItem;
import com.zivah.quote.QuoteStatus;
import com.zivah.quote.config.QuoteConfig;
import com.zivah.quote.event.QuoteSubmitted;
import com.zivah.quote.mapping.QuoteMapper;
import com.zivah.quote.repository.ProductSnapshotRepository;
import com.zivah.quote.repository.QuoteRepository;
import com.zivah.quote.rest.QuoteDetail;
import com.zivah.quote.rest.QuoteSummary;
import com.zivah.quote.rest.SubmitQuoteRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class QuoteService {

    private static final Logger LOG = Logger.getLogger(QuoteService.class);
    private static final String DEFAULT_LOCALE = "es";

    private final QuoteRepository quotes;
    private final ProductSnapshotRepository products;
    private final QuoteNumberAllocator numbers;
    private final Outbox outbox;
    private final QuoteMapper mapper;
    private final QuoteConfig config;

    public QuoteService(QuoteRepository quotes, ProductSnapshotRepository products, QuoteNumberAllocator numbers,
                        Outbox outbox, QuoteMapper mapper, QuoteConfig config) {
        this.quotes = quotes;
        this.products = products;
        this.numbers = numbers;
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * Stores a buyer's request and, in the same transaction, the QuoteSubmitted event for the outbox:
     * either both exist or neither. Products are checked against the local snapshot (unknown or inactive → 400).
     */
    @Transactional
    public Quote submit(SubmitQuoteRequest request) {
        List<SubmitQuoteRequest.Item> items = request.items();
        Map<Long, ProductSnapshot> snapshots = products.mapByIds(items.stream().map(SubmitQuoteRequest.Item::productId).toList());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Long productId = items.get(i).productId();
            String field = "items[" + i + "].productId";
            ProductSnapshot product = snapshots.get(productId);
            if (!seen.add(productId)) {
                errors.add(new Problem.FieldError(field, "is listed more than once"));
            } else if (product == null) {
                errors.add(new Problem.FieldError(field, "is not a known product"));
            } else if (!product.active) {
                errors.add(new Problem.FieldError(field, "is no longer available"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }

        // Microseconds: what PostgreSQL stores, so the response and the event match a later read.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SubmitQuoteRequest.Customer customer = request.customer();
        Quote quote = new Quote();
        quote.quoteNumber = numbers.next(now);
        quote.customerName = customer.name().strip();
        quote.customerEmail = customer.email().strip();
        quote.customerPhone = optional(customer.phone());
        quote.company = optional(customer.company());
        quote.country = optional(customer.country());
        quote.locale = request.locale() == null ? DEFAULT_LOCALE : request.locale();
        quote.message = optional(request.message());
        quote.status = QuoteStatus.PENDING;
        quote.createdAt = now;
        quote.updatedAt = now;
        for (SubmitQuoteRequest.Item requested : items) {
            ProductSnapshot product = snapshots.get(requested.productId());
            QuoteItem item = new QuoteItem();
            item.productId = product.productId;
            item.sku = product.sku;
            item.productName = product.nameIn(quote.locale);
            item.unit = product.unit;
            item.quantity = requested.quantity();
            quote.addItem(item);
        }
        quotes.persist(quote);

        UUID eventId = UUID.randomUUID();
        outbox.enqueue(config.submittedTopic(), quote.quoteNumber, QuoteSubmitted.TYPE, eventId,
                mapper.toSubmitted(quote, eventId));
        LOG.infof("Quote %s submitted with %d items", quote.quoteNumber, quote.items.size());
        return quote;
    }

    @Transactional
    public PageResponse<QuoteSummary> list(QuoteStatus status, PageRequest paging) {
        PanacheQuery<Quote> query = quotes.newestFirst(status, paging.page, paging.size);
        List<Quote> page = query.list();
        Map<Long, Long> counts = quotes.itemCounts(page.stream().map(q -> q.id).toList());
        List<QuoteSummary> summaries = page.stream()
                .map(q -> mapper.toSummary(q, counts.getOrDefault(q.id, 0L)))
                .toList();
        return PageResponse.of(summaries, paging, query.count());
    }

    @Transactional
    public QuoteDetail get(String quoteNumber) {
        return quotes.findByNumberWithItems(quoteNumber)
                .map(mapper::toDetail)
                .orElseThrow(() -> ProblemException.notFound("Quote", quoteNumber));
    }
}
