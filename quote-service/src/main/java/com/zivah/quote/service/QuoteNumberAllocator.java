package com.zivah.quote.service;

import com.zivah.quote.config.QuoteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Hands out human quote numbers {@code ZQ-<year>-<6 digits>} (year in UTC). The digits come from the
 * PostgreSQL sequence {@code quote_number_seq}: nextval is atomic across connections and replicas and
 * never waits for another transaction, so concurrent submissions are not serialized on a counter row.
 * Trade-offs, on purpose: a rolled-back submission leaves a gap, and the counter does not restart each
 * year (numbers stay unique because the sequence never repeats; past 999999 they grow a seventh digit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QuoteNumberAllocator {

    private final EntityManager em;
    private final QuoteConfig config;

    public QuoteNumberAllocator(EntityManager em, QuoteConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The next number, in the caller's transaction (the submission it is for). */
    public String next(Instant at) {
        long n = ((Number) em.createNativeQuery("select nextval('quote_number_seq')").getSingleResult()).longValue();
        return format(config.numberPrefix(), at.atZone(ZoneOffset.UTC).getYear(), n);
    }

    static String format(String prefix, int year, long n) {
        return String.format("%s-%d-%06d", prefix, year, n);
    }
}
