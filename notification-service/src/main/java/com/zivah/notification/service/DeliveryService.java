package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.MailKind;
import com.zivah.notification.RecipientAddress;
import com.zivah.notification.api.DeliveryFilter;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.mapping.DeliveryMapper;
import com.zivah.notification.repository.MailDeliveryRepository;
import com.zivah.platform.activity.ActivityLog;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.activity.UtcDays;
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

/** The delivery log for staff: read it, and put a sent, failed or suppressed mail back in the queue (logged as activity). */
@ApplicationScoped
@Transactional
public class DeliveryService {

    /** The activity log's entity type and action of a resend (zivah.activity.entity-types). */
    public static final String ENTITY_TYPE = "delivery";
    public static final String RESENT = "delivery.resent";
    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    private final MailDeliveryRepository deliveries;
    private final Event<QueuedMails.Committed> committed;
    private final ActivityLog activity;
    private final Duration giveUpAfter;

    public DeliveryService(MailDeliveryRepository deliveries, Event<QueuedMails.Committed> committed,
                           ActivityLog activity, MailConfig config) {
        this.deliveries = deliveries;
        this.committed = committed;
        this.activity = activity;
        this.giveUpAfter = config.sender().giveUpAfter();
    }

    /** One page of the deliveries matching the filters ({@code status} and {@code kind} parsed by the caller). */
    public PageResponse<DeliveryView> list(DeliveryStatus status, MailKind kind, DeliveryFilter filter,
                                           PageRequest paging) {
        UtcDays days = filter.days();
        return list(new MailDeliveryRepository.Criteria(status, kind, filter.quoteNumber, filter.contactReference,
                filter.recipient == null ? null : RecipientAddress.key(filter.recipient), days.from(),
                days.toExclusive()), paging);
    }

    public PageResponse<DeliveryView> list(DeliveryStatus status, String quoteNumber, MailKind kind, PageRequest paging) {
        return list(new MailDeliveryRepository.Criteria(status, kind, quoteNumber, null, null, null, null), paging);
    }

    public PageResponse<DeliveryView> list(String quoteNumber, PageRequest paging) {
        return list(null, quoteNumber, null, paging);
    }

    private PageResponse<DeliveryView> list(MailDeliveryRepository.Criteria criteria, PageRequest paging) {
        PanacheQuery<MailDelivery> query = deliveries.page(criteria, paging);
        return PageResponse.of(query.list(), paging, query.count()).map(DeliveryMapper::toView);
    }

    public List<DeliveryView> ofEvent(UUID eventId) {
        return deliveries.findByEventId(eventId).stream().map(DeliveryMapper::toView).toList();
    }

    /**
     * Queues the mail again, due now, exactly as it was composed (its attachment too); attempts are kept, give-up
     * counts from now. Recorded in the activity log ({@code delivery.resent}, the delivery before and after) in the
     * same transaction. 404 for an unknown id, 409 while it is PENDING (the sender has it already).
     */
    public DeliveryView resend(long id, RequestOrigin origin) {
        MailDelivery delivery = deliveries.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Delivery", id));
        if (delivery.status == DeliveryStatus.PENDING) {
            throw ProblemException.conflict("Delivery " + id + " is PENDING: the sender will try it anyway");
        }
        if (delivery.htmlBody == null) {
            throw ProblemException.conflict("Delivery " + id + " was composed before the mail queue and cannot be resent");
        }
        DeliveryView before = DeliveryMapper.toView(delivery);
        if (!deliveries.requeue(id, Instant.now().plus(giveUpAfter))) {
            throw ProblemException.conflict("Delivery " + id + " is PENDING: the sender will try it anyway");
        }
        deliveries.getEntityManager().refresh(delivery);
        DeliveryView after = DeliveryMapper.toView(delivery);
        activity.record(origin, RESENT, ENTITY_TYPE, String.valueOf(id), before, after);
        LOG.infof("Delivery %d (%s %s) resent by %s: %s -> %s", id, delivery.kind, delivery.eventId, origin.actor(),
                before.status(), after.status());
        committed.fire(new QueuedMails.Committed(1));
        return after;
    }
}
