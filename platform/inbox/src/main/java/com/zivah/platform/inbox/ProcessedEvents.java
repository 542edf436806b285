package com.zivah.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The idempotent-consumer guard: a consumer calls {@link #firstTime} in the same transaction as its
 * effects, and skips the event when it returns false. Needs the {@code processed_event} table in the
 * consumer's schema (Flyway location {@code db/platform/inbox}, shipped with this module).
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** True when {@code consumer} sees {@code eventId} for the first time; concurrent duplicates wait and get false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, now()) "
                                + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
