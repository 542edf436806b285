package com.zivah.quote.service;

import com.zivah.quote.config.QuoteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Hands out contact-message references {@code ZM-<year>-<6 digits>} (year in UTC) from the sequence
 * {@code contact_message_reference_seq}, with the same trade-offs as {@link QuoteNumberAllocator} (never blocks,
 * gaps after rollbacks, grows a digit past 999999).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactReferenceAllocator {

    private final EntityManager em;
    private final QuoteConfig config;

    public ContactReferenceAllocator(EntityManager em, QuoteConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The next reference, in the caller's transaction (the message it is for). */
    public String next(Instant at) {
        long n = ((Number) em.createNativeQuery("select nextval('contact_message_reference_seq')").getSingleResult())
                .longValue();
        return QuoteNumberAllocator.format(config.contactReferencePrefix(), at.atZone(ZoneOffset.UTC).getYear(), n);
    }
}
