package com.zivah.quote.service;

import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.ProductSnapshot;
import com.zivah.quote.Quote;
import com.zivah.quote.QuoteStatus;
import com.zivah.quote.api.Idempotent;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteFilter;
import com.zivah.quote.api.QuoteStatistics;
import com.zivah.quote.api.QuoteSummary;
import com.zivah.quote.api.SubmitQuoteRequest;
import com.zivah.quote.api.SubmitQuoteResponse;
import com.zivah.quote.event.QuoteSubmitted;
import com.zivah.quote.mapping.QuoteMapper;
import com.zivah.quote.repository.ProductSnapshotRepository;
import com.zivah.quote.repository.QuoteRepository;
import com.zivah.quote.repository.QuoteVersionRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class QuoteService {

    private static final Logger LOG = Logger.getLogger(QuoteService.class);
    /** The statistics' window (UTC days, today included) and length of the top list. */
    static final int STATISTICS_DAYS = 30;
    static final int TOP_PRODUCTS = 10;

    private final QuoteRepository quotes;
    private final ProductSnapshotRepository products;
    private final QuoteNumberAllocator numbers;
    private final Outbox outbox;
    private final IdempotencyService idempotency;
    private final QuoteVersionRepository versions;

    public QuoteService(QuoteRepository quotes, ProductSnapshotRepository products, QuoteNumberAllocator numbers,
                        Outbox outbox, IdempotencyService idempotency, QuoteVersionRepository versions) {
        this.versions = versions;
        this.quotes = quotes;
        this.products = products;
        this.numbers = numbers;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /**
     * Stores a buyer's request and, in the same transaction, the QuoteSubmitted event for the outbox:
     * either both exist or neither. Products are checked against the local snapshot (unknown, inactive or
     * listed twice → 400 naming every such item; nothing is stored); a quantity below the product's minimum order
     * is kept and answered with a warning. With an {@code idempotencyKey} (the header: malformed → 400), a request repeated with the same key and body gets the first answer again, replayed (no second
     * quote, no second event), also when both arrive at once.
     */
    public Idempotent<SubmitQuoteResponse> submit(SubmitQuoteRequest request, String idempotencyHeader) {
        Optional<String> idempotencyKey = idempotency.parse(idempotencyHeader);
        if (idempotencyKey.isPresent()) {
            Optional<String> earlier = idempotency.claim(IdempotencyService.Scope.QUOTE, idempotencyKey.get(), request);
            if (earlier.isPresent()) {
                Quote quote = quotes.findByNumberWithItems(earlier.get())
                        .orElseThrow(() -> new IllegalStateException("Quote " + earlier.get() + " of a key is gone"));
                return new Idempotent<>(QuoteMapper.toResponse(quote), true);
            }
        }
        List<SubmitQuoteRequest.Item> items = request.items();
        Map<Long, ProductSnapshot> snapshots = products.mapByIds(items.stream().map(SubmitQuoteRequest.Item::productId).toList());
        Instant now = Instant.now();
        SubmitQuoteRequest.Customer customer = request.customer();
        Quote quote = Quote.submit(numbers.next(now),
                new Quote.Customer(customer.name(), customer.email(), customer.phone(), customer.company(),
                        customer.country()),
                request.locale(), request.message(), now);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SubmitQuoteRequest.Item requested = items.get(i);
            ProductSnapshot product = snapshots.get(requested.productId());
            Optional<String> refusal = product == null ? Optional.of("{quote.product.unknown}") : quote.refusalOf(product);
            if (refusal.isPresent()) {
                errors.add(new Problem.FieldError("items[" + i + "].productId", refusal.get()));
            } else {
                quote.addItem(product, requested.quantity(), requested.note());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        quotes.persist(quote);
        idempotencyKey.ifPresent(key -> idempotency.complete(IdempotencyService.Scope.QUOTE, key, quote.quoteNumber));

        UUID eventId = UUID.randomUUID();
        outbox.enqueue(QuoteSubmitted.TOPIC, quote.quoteNumber, QuoteSubmitted.TYPE, eventId,
                QuoteMapper.toSubmitted(quote, eventId));
        LOG.infof("Quote %s submitted with %d items", quote.quoteNumber, quote.items.size());
        return new Idempotent<>(QuoteMapper.toResponse(quote), false);
    }

    public PageResponse<QuoteSummary> list(QuoteFilter filter, PageRequest paging) {
        QuoteFilter.Sort sort = filter.sort() == null ? QuoteFilter.Sort.CREATED_AT_DESC : filter.sort();
        PanacheQuery<Quote> query = quotes.search(new QuoteRepository.Search(filter.status(), filter.email(),
                filter.country(), filter.from(), filter.toExclusive(), filter.text(), sort.property(), sort.ascending),
                paging.page, paging.size);
        List<Quote> page = query.list();
        Map<Long, Long> counts = quotes.itemCounts(page.stream().map(q -> q.id).toList());
        List<QuoteSummary> summaries = page.stream()
                .map(q -> QuoteMapper.toSummary(q, counts.getOrDefault(q.id, 0L)))
                .toList();
        return PageResponse.of(summaries, paging, query.count());
    }

    /** Statistics as of now: see {@link QuoteStatistics}; days are UTC days. */
    public QuoteStatistics statistics() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(STATISTICS_DAYS - 1);
        Map<QuoteStatus, Long> byStatus = new EnumMap<>(QuoteStatus.class);
        for (QuoteStatus status : QuoteStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.putAll(quotes.countByStatus());
        Map<LocalDate, Long> counted = quotes.countPerUtcDay(first.atStartOfDay(ZoneOffset.UTC).toInstant());
        List<QuoteStatistics.Day> perDay = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.add(new QuoteStatistics.Day(d, counted.getOrDefault(d, 0L)));
        }
        QuoteRepository.FirstResponse response = quotes.averageFirstResponse();
        QuoteVersionRepository.SentCounts sent = versions.sentCounts();
        return new QuoteStatistics(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, perDay,
                quotes.topProducts(TOP_PRODUCTS).stream()
                        .map(p -> new QuoteStatistics.TopProduct(p.productId(), p.sku(), p.productName(), p.quotes(),
                                p.totalQuantity()))
                        .toList(),
                response.averageSeconds(), response.quotes(), sent.quotes(), sent.versions());
    }
}
