package com.zivah.quote.service;

import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.ProductSnapshot;
import com.zivah.quote.Quote;
import com.zivah.quote.QuoteStatus;
import com.zivah.quote.api.QuoteDetail;
import com.zivah.quote.api.QuoteSummary;
import com.zivah.quote.api.SubmitQuoteRequest;
import com.zivah.quote.api.SubmitQuoteResponse;
import com.zivah.quote.event.QuoteSubmitted;
import com.zivah.quote.mapping.QuoteMapper;
import com.zivah.quote.repository.ProductSnapshotRepository;
import com.zivah.quote.repository.QuoteRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class QuoteService {

    private static final Logger LOG = Logger.getLogger(QuoteService.class);

    private final QuoteRepository quotes;
    private final ProductSnapshotRepository products;
    private final QuoteNumberAllocator numbers;
    private final Outbox outbox;

    public QuoteService(QuoteRepository quotes, ProductSnapshotRepository products, QuoteNumberAllocator numbers,
                        Outbox outbox) {
        this.quotes = quotes;
        this.products = products;
        this.numbers = numbers;
        this.outbox = outbox;
    }

    /**
     * Stores a buyer's request and, in the same transaction, the QuoteSubmitted event for the outbox:
     * either both exist or neither. Products are checked against the local snapshot (unknown, inactive or
     * listed twice → 400 naming every such item; nothing is stored).
     */
    public SubmitQuoteResponse submit(SubmitQuoteRequest request) {
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
            Optional<String> refusal = product == null ? Optional.of("is not a known product") : quote.refusalOf(product);
            if (refusal.isPresent()) {
                errors.add(new Problem.FieldError("items[" + i + "].productId", refusal.get()));
            } else {
                quote.addItem(product, requested.quantity());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        quotes.persist(quote);

        UUID eventId = UUID.randomUUID();
        outbox.enqueue(QuoteSubmitted.TOPIC, quote.quoteNumber, QuoteSubmitted.TYPE, eventId,
                QuoteMapper.toSubmitted(quote, eventId));
        LOG.infof("Quote %s submitted with %d items", quote.quoteNumber, quote.items.size());
        return QuoteMapper.toResponse(quote);
    }

    public PageResponse<QuoteSummary> list(QuoteStatus status, PageRequest paging) {
        PanacheQuery<Quote> query = quotes.newestFirst(status, paging.page, paging.size);
        List<Quote> page = query.list();
        Map<Long, Long> counts = quotes.itemCounts(page.stream().map(q -> q.id).toList());
        List<QuoteSummary> summaries = page.stream()
                .map(q -> QuoteMapper.toSummary(q, counts.getOrDefault(q.id, 0L)))
                .toList();
        return PageResponse.of(summaries, paging, query.count());
    }

    public QuoteDetail get(String quoteNumber) {
        return quotes.findByNumberWithItems(quoteNumber)
                .map(QuoteMapper::toDetail)
                .orElseThrow(() -> ProblemException.notFound("Quote", quoteNumber));
    }
}
