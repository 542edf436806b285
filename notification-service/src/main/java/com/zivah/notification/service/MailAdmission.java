package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.RecipientAddress;
import com.zivah.notification.SuppressionReason;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.notification.repository.MailBudgetRepository;
import com.zivah.notification.repository.MailDeliveryRepository;
import com.zivah.notification.service.ConfirmationMailComposer.ComposedMail;
import com.zivah.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides, before anything is sent, whether a confirmation may go out: at most
 * {@code zivah.mail.recipient-limit.max} per address in the sliding window, and at most
 * {@code zivah.mail.budget.max} in total per budget window. The decision is written to the delivery log in
 * its own short transaction, so it holds across replicas:
 * <ul>
 *   <li>a transaction-scoped advisory lock per recipient key serialises the decisions for one address
 *       (two replicas cannot both see "2 of 3" and both send), and the count reads the committed rows;</li>
 *   <li>the budget is one counter row per window ({@code mail_budget}), incremented only while below the
 *       maximum; its row lock is held for milliseconds, never across the SMTP hand-off.</li>
 * </ul>
 * An admitted mail is committed as PENDING (it holds its place in both counts even while the SMTP hand-off
 * runs or fails); a suppressed one as SUPPRESSED together with its {@code processed_event} guard row.
 * Decisions are sticky per event id: a redelivered event finds its row and is not counted again.
 * Lock order is always recipient, then budget.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailAdmission {

    /** What to do with one confirmation. */
    public enum Outcome { ADMITTED, SUPPRESSED, DUPLICATE }

    /**
     * The decision; for a budget suppression also whether it was the first of its window (all replicas
     * together) and when the window ends.
     */
    public record Decision(Outcome outcome, SuppressionReason reason, boolean firstOfWindow, Instant windowEnd) {

        static final Decision ADMITTED = new Decision(Outcome.ADMITTED, null, false, null);
        static final Decision DUPLICATE = new Decision(Outcome.DUPLICATE, null, false, null);

        static Decision suppressed(SuppressionReason reason, boolean firstOfWindow, Instant windowEnd) {
            return new Decision(Outcome.SUPPRESSED, reason, firstOfWindow, windowEnd);
        }
    }

    private final MailDeliveryRepository deliveries;
    private final MailBudgetRepository budget;
    private final ProcessedEvents processedEvents;
    private final MailConfig.RecipientLimit recipientLimit;
    private final MailConfig.Budget budgetConfig;

    public MailAdmission(MailDeliveryRepository deliveries, MailBudgetRepository budget,
                         ProcessedEvents processedEvents, MailConfig config) {
        this.deliveries = deliveries;
        this.budget = budget;
        this.processedEvents = processedEvents;
        this.recipientLimit = config.recipientLimit();
        this.budgetConfig = config.budget();
        BudgetWindow.requirePositive(recipientLimit.window(), "zivah.mail.recipient-limit.window");
        BudgetWindow.requirePositive(budgetConfig.window(), "zivah.mail.budget.window");
    }

    public Decision admit(QuoteSubmitted event, ComposedMail composed) {
        String key = RecipientAddress.key(composed.recipient());
        deliveries.lockRecipient(key);
        Optional<MailDelivery> existing = deliveries.findByEventId(event.eventId());
        if (existing.isPresent()) {
            MailDelivery delivery = existing.get();
            if (delivery.status == DeliveryStatus.SENT || delivery.status == DeliveryStatus.SUPPRESSED) {
                return Decision.DUPLICATE;
            }
            if (delivery.admittedAt != null) {
                return Decision.ADMITTED; // PENDING or FAILED: it already holds its place, retry the hand-off
            }
        }
        Instant now = Instant.now();
        MailDelivery delivery = existing.orElseGet(() -> DeliveryService.newDelivery(event, composed, key, now));

        long recent = deliveries.countAdmittedSince(key, now.minus(recipientLimit.window()), event.eventId());
        if (recent >= recipientLimit.max()) {
            return suppress(event, delivery, Decision.suppressed(SuppressionReason.RECIPIENT_LIMIT, false, null));
        }
        BudgetWindow window = BudgetWindow.containing(now, budgetConfig.window());
        if (!budget.tryAdmit(window.start(), budgetConfig.max())) {
            boolean first = budget.recordSuppressed(window.start()) == 1;
            return suppress(event, delivery, Decision.suppressed(SuppressionReason.BUDGET, first, window.end()));
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.admittedAt = now;
        deliveries.persist(delivery);
        return Decision.ADMITTED;
    }

    private Decision suppress(QuoteSubmitted event, MailDelivery delivery, Decision decision) {
        if (!processedEvents.firstTime(DeliveryService.CONSUMER, event.eventId())) {
            return Decision.DUPLICATE; // handled meanwhile by another path; the row is left as it is
        }
        delivery.status = DeliveryStatus.SUPPRESSED;
        delivery.suppressionReason = decision.reason();
        deliveries.persist(delivery);
        return decision;
    }
}
