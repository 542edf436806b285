package com.zivah.notification.repository;

import com.zivah.notification.MailDelivery;
import com.zivah.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MailDeliveryRepository implements PanacheRepository<MailDelivery> {

    /** Namespace of the advisory locks taken per recipient key (any constant string: it only keeps them apart). */
    private static final String RECIPIENT_LOCK = "zivah.notification.recipient:";

    public Optional<MailDelivery> findByEventId(UUID eventId) {
        return find("eventId", eventId).firstResultOptional();
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

    /** Mails to {@code recipientKey} admitted after {@code since}, other than the one of {@code exceptEvent}. */
    public long countAdmittedSince(String recipientKey, Instant since, UUID exceptEvent) {
        return count("recipientKey = ?1 and admittedAt > ?2 and eventId <> ?3", recipientKey, since, exceptEvent);
    }

    /** Newest first; {@code quoteNumber} null means every delivery. */
    public PanacheQuery<MailDelivery> page(String quoteNumber, PageRequest paging) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<MailDelivery> query = quoteNumber == null
                ? findAll(newestFirst)
                : find("quoteNumber", newestFirst, quoteNumber);
        return query.page(Page.of(paging.page, paging.size));
    }
}
