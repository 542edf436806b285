package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.RecipientAddress;
import com.zivah.notification.api.DeliveryView;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.notification.mapping.DeliveryMapper;
import com.zivah.notification.repository.MailDeliveryRepository;
import com.zivah.notification.service.ConfirmationMailComposer.ComposedMail;
import com.zivah.platform.inbox.ProcessedEvents;
import com.zivah.platform.paging.PageRequest;
import com.zivah.platform.paging.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Sends each confirmation mail once, within the recipient limit and the mail budget, and keeps the delivery log.
 *
 * <p>First {@link MailAdmission} decides in its own short transaction whether the mail may go out (committed
 * as PENDING) or not (committed as SUPPRESSED: counted, not mailed). Then delivery is at-least-once.
 * {@link #deliverConfirmation} runs in one transaction: the
 * {@code processed_event} guard row, the SMTP hand-off and the SENT row commit together, so a
 * redelivered event finds the guard row and does nothing, and a concurrent duplicate waits on the
 * guard row's lock and then does nothing. The one window left is "SMTP accepted, commit failed"
 * (database lost right after the send): the transaction rolls back, the event is retried and the
 * buyer may get the same confirmation twice. We accept that duplicate over the alternative
 * (commit first, mail after) that could lose the mail for good.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

    /** The consumer name in {@code processed_event}. */
    public static final String CONSUMER = "notification-service.quote-submitted";
    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    private final ProcessedEvents processedEvents;
    private final MailDeliveryRepository deliveries;
    private final ConfirmationMailComposer composer;
    private final Mailer mailer;
    private final MailAdmission admission;
    private final MailMetrics metrics;

    public DeliveryService(ProcessedEvents processedEvents, MailDeliveryRepository deliveries,
                           ConfirmationMailComposer composer, Mailer mailer, MailAdmission admission,
                           MailMetrics metrics) {
        this.processedEvents = processedEvents;
        this.deliveries = deliveries;
        this.composer = composer;
        this.mailer = mailer;
        this.admission = admission;
        this.metrics = metrics;
    }

    /**
     * Mails the buyer unless this event was already handled or the mail is suppressed by a limit; returns
     * whether a mail went out.
     */
    public boolean deliverConfirmation(QuoteSubmitted event) {
        ComposedMail composed = composer.compose(event);
        MailAdmission.Decision decision = admission.admit(event, composed); // own transaction, committed here
        if (decision.outcome() == MailAdmission.Outcome.SUPPRESSED) {
            metrics.suppressed(event, decision);
            return false;
        }
        if (decision.outcome() == MailAdmission.Outcome.DUPLICATE || !processedEvents.firstTime(CONSUMER, event.eventId())) {
            metrics.duplicate();
            LOG.infof("QuoteSubmitted %s (%s) already handled, skipped", event.eventId(), event.quoteNumber());
            return false;
        }
        mailer.send(composed.mail()); // blocking: returns once the SMTP server accepted the mail, throws otherwise
        MailDelivery delivery = deliveries.findByEventId(event.eventId())
                .orElseGet(() -> newDelivery(event, composed, RecipientAddress.key(composed.recipient()), Instant.now()));
        delivery.status = DeliveryStatus.SENT;
        delivery.attempts++;
        delivery.lastError = null;
        delivery.sentAt = Instant.now();
        deliveries.persist(delivery);
        metrics.sent();
        LOG.infof("Confirmation for %s sent (event %s, attempt %d)", event.quoteNumber(), event.eventId(),
                delivery.attempts);
        return true;
    }

    /**
     * Records a failed attempt in its own transaction (the delivery's own one has rolled back), so staff
     * see FAILED with the attempt count and the last error even when the event ends in the dead-letter topic.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailedAttempt(QuoteSubmitted event, Throwable error) {
        metrics.failedAttempt();
        MailDelivery delivery = deliveries.findByEventId(event.eventId()).orElse(null);
        if (delivery == null) {
            ComposedMail composed = composer.compose(event);
            delivery = newDelivery(event, composed, RecipientAddress.key(composed.recipient()), Instant.now());
        } else if (delivery.status == DeliveryStatus.SENT || delivery.status == DeliveryStatus.SUPPRESSED) {
            return; // a concurrent redelivery already succeeded, or it was never to be sent
        }
        delivery.status = DeliveryStatus.FAILED;
        delivery.attempts++;
        delivery.lastError = describe(error);
        deliveries.persist(delivery);
    }

    public PageResponse<DeliveryView> list(String quoteNumber, PageRequest paging) {
        PanacheQuery<MailDelivery> query = deliveries.page(quoteNumber, paging);
        return PageResponse.of(query.list(), paging, query.count()).map(DeliveryMapper::toView);
    }

    static MailDelivery newDelivery(QuoteSubmitted event, ComposedMail composed, String recipientKey, Instant now) {
        MailDelivery delivery = new MailDelivery();
        delivery.eventId = event.eventId();
        delivery.quoteNumber = event.quoteNumber();
        delivery.template = composed.template();
        delivery.recipient = composed.recipient();
        delivery.recipientKey = recipientKey;
        delivery.subject = composed.subject();
        delivery.locale = composed.locale();
        delivery.createdAt = now;
        return delivery;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
