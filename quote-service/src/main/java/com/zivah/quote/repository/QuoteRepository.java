package com.zivah.quote.repository;

import com.zivah.quote.Quote;
import com.zivah.quote.QuoteStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, Long> {

    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    public Optional<Quote> findByNumberWithItems(String quoteNumber) {
        return find("select q from Quote q left join fetch q.items where q.quoteNumber = ?1", quoteNumber)
                .firstResultOptional();
    }

    /** One page of quotes, newest first, optionally of one status; the caller reads the total from the query. */
    public PanacheQuery<Quote> newestFirst(QuoteStatus status, int page, int size) {
        PanacheQuery<Quote> query = status == null
                ? findAll(NEWEST_FIRST)
                : find("status", NEWEST_FIRST, status);
        return query.page(Page.of(page, size));
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
