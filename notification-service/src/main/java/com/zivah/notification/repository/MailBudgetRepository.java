package com.zivah.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The global mail budget: one row per window in {@code mail_budget}. Plain SQL on purpose: the increments
 * must be single conditional updates (the row lock serialises replicas), not read-modify-write through an entity.
 */
@ApplicationScoped
public class MailBudgetRepository {

    private final EntityManager em;

    public MailBudgetRepository(EntityManager em) {
        this.em = em;
    }

    /** Takes one confirmation of the window's budget; false when {@code max} are already taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryAdmit(Instant windowStart, int max) {
        em.createNativeQuery("insert into mail_budget (window_start) values (?1) on conflict do nothing")
                .setParameter(1, Timestamp.from(windowStart))
                .executeUpdate();
        return em.createNativeQuery("update mail_budget set admitted = admitted + 1 "
                        + "where window_start = ?1 and admitted < ?2")
                .setParameter(1, Timestamp.from(windowStart))
                .setParameter(2, max)
                .executeUpdate() == 1;
    }

    /** Counts one confirmation suppressed for the budget; returns the window's count so far (1 = the first). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordSuppressed(Instant windowStart) {
        Number suppressed = (Number) em.createNativeQuery("update mail_budget set suppressed = suppressed + 1 "
                        + "where window_start = ?1 returning suppressed")
                .setParameter(1, Timestamp.from(windowStart))
                .getSingleResult();
        return suppressed.intValue();
    }
}
