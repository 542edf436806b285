package com.zivah.notification.repository;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.MailKind;
import com.zivah.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery log and the mail queue. The sender's statements are plain SQL on purpose: claiming is one
 * {@code update ... where id in (select ... for update skip locked)} so replicas share the due rows without waiting
 * on each other, and recording an attempt is one conditional update.
 */
@ApplicationScoped
public class MailDeliveryRepository implements PanacheRepository<MailDelivery> {

    /** Namespace of the advisory locks taken per recipient key (any constant string: it only keeps them apart). */
    private static final String RECIPIENT_LOCK = "zivah.notification.recipient:";

    /** A claimed mail, as the sender hands it to the SMTP server; {@code attachmentName} null when it has no file. */
    public record Claimed(long id, String recipient, String subject, String html, String text, int attempts,
                          String attachmentName) {
    }

    /** The state of the queue for the gauges. */
    public record QueueStats(long pending, Instant oldestPending, long failed) {
    }

    public List<MailDelivery> findByEventId(UUID eventId) {
        return list("eventId", Sort.ascending("id"), eventId);
    }

    /**
     * Waits for and takes the transaction-scoped advisory lock of one recipient key: the decisions about one
     * address are serialised across every replica sharing the database, and released at commit or rollback.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockRecipient(String recipientKey) {
        getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, RECIPIENT_LOCK + recipientKey)
                .getSingleResult();
    }

    /** Mails to {@code recipientKey} admitted after {@code since}. */
    public long countAdmittedSince(String recipientKey, Instant since) {
        return count("recipientKey = ?1 and admittedAt > ?2", recipientKey, since);
    }

    /** What a delivery log read asks for; null means any. {@code toExclusive} is the first instant not included. */
    public record Criteria(DeliveryStatus status, MailKind kind, String quoteNumber, String contactReference,
                           String recipientKey, Instant from, Instant toExclusive) {
    }

    /** Newest first. */
    public PanacheQuery<MailDelivery> page(Criteria criteria, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, "status = :status", "status", criteria.status());
        add(where, params, "kind = :kind", "kind", criteria.kind());
        add(where, params, "quoteNumber = :quoteNumber", "quoteNumber", criteria.quoteNumber());
        add(where, params, "contactReference = :contactReference", "contactReference", criteria.contactReference());
        add(where, params, "recipientKey = :recipientKey", "recipientKey", criteria.recipientKey());
        add(where, params, "createdAt >= :from", "from", criteria.from());
        add(where, params, "createdAt < :toExclusive", "toExclusive", criteria.toExclusive());
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<MailDelivery> query = where.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", where), newestFirst, params);
        return query.page(Page.of(paging.page, paging.size));
    }

    private static void add(List<String> where, Parameters params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.and(name, value);
        }
    }

    /**
     * Claims up to {@code max} due PENDING mails, oldest due first, skipping rows another sender is claiming: each
     * gets a lease ({@code next_attempt_at = now + lease}), committed with the caller's short transaction, so no
     * lock is held during the SMTP hand-off and a sender that dies leaves its rows due again after the lease.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int max, long leaseMillis, String claimant) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update mail_delivery d
                        set next_attempt_at = now() + ?2 * interval '1 millisecond', updated_at = now(), claimed_by = ?3
                        where d.id in (select id from mail_delivery
                                       where status = 'PENDING' and next_attempt_at <= now()
                                       order by next_attempt_at
                                       limit ?1
                                       for update skip locked)
                        returning d.id, d.recipient, d.subject, d.html_body, d.text_body, d.attempts, d.attachment_name
                        """)
                .setParameter(1, max)
                .setParameter(2, leaseMillis)
                .setParameter(3, claimant)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            claimed.add(new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], ((Number) r[5]).intValue(), (String) r[6]));
        }
        return claimed;
    }

    /** The SMTP server accepted it: SENT, one more attempt. False when it was no longer PENDING. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markSent(long id) {
        return getEntityManager().createNativeQuery("""
                        update mail_delivery
                        set status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = null,
                            next_attempt_at = null, updated_at = now(), claimed_by = null
                        where id = ?1 and status = 'PENDING'
                        """)
                .setParameter(1, id)
                .executeUpdate() == 1;
    }

    /**
     * One more failed attempt: due again after {@code backoffMillis} (never later than its give-up instant), or
     * FAILED once past its give-up instant. Returns the new status, empty when it was no longer PENDING.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<DeliveryStatus> recordFailure(long id, String error, long backoffMillis) {
        List<Object> status = getEntityManager().createNativeQuery("""
                        update mail_delivery
                        set attempts = attempts + 1, last_error = ?2, updated_at = now(), claimed_by = null,
                            status = case when give_up_at <= now() then 'FAILED' else 'PENDING' end,
                            next_attempt_at = case when give_up_at <= now() then null
                                else least(now() + ?3 * interval '1 millisecond', give_up_at) end
                        where id = ?1 and status = 'PENDING'
                        returning status
                        """)
                .setParameter(1, id)
                .setParameter(2, error)
                .setParameter(3, backoffMillis)
                .getResultList();
        return status.stream().findFirst().map(s -> DeliveryStatus.valueOf(s.toString()));
    }

    /**
     * A staff resend: a mail that is not PENDING becomes PENDING and due now, with a new give-up instant; attempts
     * are kept. False when there is no such mail or it is PENDING already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean requeue(long id, Instant giveUpAt) {
        return getEntityManager().createNativeQuery("""
                        update mail_delivery
                        set status = 'PENDING', suppression_reason = null, next_attempt_at = now(), claimed_by = null,
                            give_up_at = ?2, updated_at = now()
                        where id = ?1 and status <> 'PENDING' and html_body is not null
                        """)
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(giveUpAt))
                .executeUpdate() == 1;
    }

    /**
     * After a restart: the leases this sender's previous incarnation held (it died mid-send) are due now instead of
     * at the end of the lease. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseLeasesOf(String claimant) {
        return getEntityManager().createNativeQuery("""
                        update mail_delivery set next_attempt_at = now(), claimed_by = null
                        where status = 'PENDING' and claimed_by = ?1 and next_attempt_at > now()
                        """)
                .setParameter(1, claimant)
                .executeUpdate();
    }

    public QueueStats stats() {
        Object[] pending = (Object[]) getEntityManager()
                .createNativeQuery("select count(*), min(created_at) from mail_delivery where status = 'PENDING'")
                .getSingleResult();
        Number failed = (Number) getEntityManager()
                .createNativeQuery("select count(*) from mail_delivery where status = 'FAILED'")
                .getSingleResult();
        return new QueueStats(((Number) pending[0]).longValue(), toInstant(pending[1]), failed.longValue());
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
