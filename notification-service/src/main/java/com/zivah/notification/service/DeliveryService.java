package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.MailKind;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.mapping.DeliveryMapper;
import com.zivah.notification.repository.MailDeliveryRepository;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import com.zivah.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The delivery log for staff: read it, and put a sent, failed or suppressed mail back in the queue. */
@ApplicationScoped
@Transactional
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    private final MailDeliveryRepository deliveries;
    private final Event<QueuedMails.Committed> committed;
    private final Duration giveUpAfter;

    public DeliveryService(MailDeliveryRepository deliveries, Event<QueuedMails.Committed> committed,
                           MailConfig config) {
        this.deliveries = deliveries;
        this.committed = committed;
        this.giveUpAfter = config.sender().giveUpAfter();
    }

    public PageResponse<DeliveryView> list(DeliveryStatus status, String quoteNumber, MailKind kind, PageRequest paging) {
        PanacheQuery<MailDelivery> query = deliveries.page(status, quoteNumber, kind, paging);
        return PageResponse.of(query.list(), paging, query.count()).map(DeliveryMapper::toView);
    }

    public PageResponse<DeliveryView> list(String quoteNumber, PageRequest paging) {
        return list(null, quoteNumber, null, paging);
    }

    public List<DeliveryView> ofEvent(UUID eventId) {
        return deliveries.findByEventId(eventId).stream().map(DeliveryMapper::toView).toList();
    }

    /**
     * Queues the mail again, due now, exactly as it was composed; attempts are kept, give-up counts from now.
     * 404 for an unknown id, 409 while it is PENDING (the sender has it already).
     */
    public DeliveryView resend(long id, String by) {
        MailDelivery delivery = deliveries.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Delivery", id));
        if (delivery.status == DeliveryStatus.PENDING) {
            throw ProblemException.conflict("Delivery " + id + " is PENDING: the sender will try it anyway");
        }
        if (delivery.htmlBody == null) {
            throw ProblemException.conflict("Delivery " + id + " was composed before the mail queue and cannot be resent");
        }
        if (!deliveries.requeue(id, Instant.now().plus(giveUpAfter))) {
            throw ProblemException.conflict("Delivery " + id + " is PENDING: the sender will try it anyway");
        }
        deliveries.getEntityManager().refresh(delivery);
        LOG.infof("Delivery %d (%s %s) resent by %s", id, delivery.kind, delivery.eventId, by);
        committed.fire(new QueuedMails.Committed(1));
        return DeliveryMapper.toView(delivery);
    }
}
