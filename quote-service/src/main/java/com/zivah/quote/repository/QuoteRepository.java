package com.zivah.quote.repository;

import com.zivah.quote.Quote;
import com.zivah.quote.QuoteStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, Long> {

    public Optional<Quote> findByNumberWithItems(String quoteNumber) {
        // single, not first: a limit with a collection fetch would be applied in memory (HHH90003004); the fetch
        // join's rows are one Quote (Hibernate de-duplicates the root)
        return find("select q from Quote q left join fetch q.items where q.quoteNumber = ?1", quoteNumber)
                .singleResultOptional();
    }

    /** The quote, row-locked for a staff write (a concurrent write to it waits, then sees its new version). */
    public Optional<Quote> findByNumberForUpdate(String quoteNumber) {
        return find("quoteNumber", quoteNumber).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .singleResultOptional();
    }

    /**
     * What {@link #search} filters by (null: not filtered) and orders by: {@code sortProperty} one of
     * {@code createdAt}, {@code quoteNumber}, {@code status}.
     */
    public record Search(QuoteStatus status, String email, String country, Instant from, Instant toExclusive,
                         String text, String sortProperty, boolean ascending) {
    }

    /**
     * One page of quotes matching {@code filter}, in its order (ties broken by id in the same direction); the
     * caller reads the total from the query. The text filter is a case-insensitive substring (LIKE wildcards in it
     * are escaped) of the quote number, customer name, company, e-mail and message.
     */
    public PanacheQuery<Quote> search(Search filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.email() != null) {
            where.append(" and lower(customerEmail) = :email");
            params.and("email", filter.email().toLowerCase(Locale.ROOT));
        }
        if (filter.country() != null) {
            where.append(" and country = :country");
            params.and("country", filter.country());
        }
        if (filter.from() != null) {
            where.append(" and createdAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.toExclusive() != null) {
            where.append(" and createdAt < :to");
            params.and("to", filter.toExclusive());
        }
        if (filter.text() != null) {
            where.append(" and (lower(quoteNumber) like :text escape '!' or lower(customerName) like :text escape '!'"
                    + " or lower(coalesce(company, '')) like :text escape '!'"
                    + " or lower(customerEmail) like :text escape '!'"
                    + " or lower(coalesce(message, '')) like :text escape '!')");
            params.and("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return find(where.toString(), sortOf(filter), params).page(Page.of(page, size));
    }

    private static Sort sortOf(Search search) {
        Sort.Direction direction = search.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        if ("createdAt".equals(search.sortProperty())) {
            return Sort.by("createdAt", direction).and("id", direction);
        }
        return Sort.by(search.sortProperty(), direction)
                .and("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Number of quotes per status (statuses without quotes are absent). */
    public Map<QuoteStatus, Long> countByStatus() {
        Map<QuoteStatus, Long> counts = new EnumMap<>(QuoteStatus.class);
        for (Object[] row : getEntityManager()
                .createQuery("select q.status, count(q) from Quote q group by q.status", Object[].class)
                .getResultList()) {
            counts.put((QuoteStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Number of quotes per UTC day created since {@code since} (days without quotes are absent). */
    public Map<LocalDate, Long> countPerUtcDay(Instant since) {
        Map<LocalDate, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select cast(created_at at time zone 'UTC' as date), count(*) from quote
                        where created_at >= ?1 group by 1
                        """)
                .setParameter(1, since)
                .getResultList();
        for (Object[] row : rows) {
            counts.put(toLocalDate(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    /** A product with the number of quotes listing it and the total quantity asked. */
    public record RequestedProduct(long productId, String sku, String productName, long quotes, long totalQuantity) {
    }

    /**
     * The {@code limit} most requested products: by the number of quotes listing them, then total quantity, then
     * product id; the name is the catalog's current Spanish one when the snapshot has it, else the one frozen last.
     */
    public List<RequestedProduct> topProducts(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select i.product_id, max(i.sku), coalesce(max(p.name_es), max(i.product_name)),
                               count(distinct i.quote_id), sum(i.quantity)
                        from quote_item i left join product_snapshot p on p.product_id = i.product_id
                        group by i.product_id
                        order by count(distinct i.quote_id) desc, sum(i.quantity) desc, i.product_id
                        limit ?1
                        """)
                .setParameter(1, limit)
                .getResultList();
        List<RequestedProduct> top = new ArrayList<>();
        for (Object[] row : rows) {
            top.add(new RequestedProduct(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue()));
        }
        return top;
    }

    /** Average seconds from submission to staff's first response over the quotes that have one. */
    public record FirstResponse(Double averageSeconds, long quotes) {
    }

    public FirstResponse averageFirstResponse() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select avg(extract(epoch from (first_response_at - created_at))), count(first_response_at)
                        from quote where first_response_at is not null
                        """)
                .getSingleResult();
        return new FirstResponse(row[0] == null ? null : ((Number) row[0]).doubleValue(),
                ((Number) row[1]).longValue());
    }

    /** Item counts of several quotes in one query (avoids loading every item of a list page). */
    public Map<Long, Long> itemCounts(Collection<Long> quoteIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select i.quote.id, count(i) from QuoteItem i where i.quote.id in :ids group by i.quote.id",
                        Object[].class)
                .setParameter("ids", quoteIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
