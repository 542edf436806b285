package com.zivah.quote.repository;

import com.zivah.quote.QuoteVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuoteVersionRepository implements PanacheRepositoryBase<QuoteVersion, Long> {

    /** The versions sent of a quote, oldest first (without loading their PDFs' bytes twice: one query). */
    public List<QuoteVersion> ofQuote(long quoteId) {
        return find("quote.id = ?1 order by versionNo", quoteId).list();
    }

    public Optional<QuoteVersion> find(long quoteId, int versionNo) {
        return find("quote.id = ?1 and versionNo = ?2", quoteId, versionNo).firstResultOptional();
    }

    /** Number of versions sent in all, and of quotes with at least one sent. */
    public record SentCounts(long versions, long quotes) {
    }

    public SentCounts sentCounts() {
        Object[] row = getEntityManager()
                .createQuery("select count(v), count(distinct v.quote.id) from QuoteVersion v", Object[].class)
                .getSingleResult();
        return new SentCounts((Long) row[0], (Long) row[1]);
    }
}
