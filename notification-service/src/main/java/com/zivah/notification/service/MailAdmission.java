package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailDelivery;
import com.zivah.notification.SuppressionReason;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.repository.MailBudgetRepository;
import com.zivah.notification.repository.MailDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Decides, in the transaction that queues it, whether a mail to a visitor's address (confirmation, auto-reply)
 * may go out: at most {@code zivah.mail.recipient-limit.max} per address in the sliding window, and at most
 * {@code zivah.mail.budget.max} in total per budget window. It holds across replicas:
 * <ul>
 *   <li>a transaction-scoped advisory lock per recipient key serialises the decisions for one address
 *       (two replicas cannot both see "2 of 3" and both send), and the count reads the committed rows;</li>
 *   <li>the budget is one counter row per window ({@code mail_budget}), incremented only while below the
 *       maximum; its row lock is held for the few milliseconds of the queueing transaction, never across SMTP.</li>
 * </ul>
 * An admitted mail is PENDING (it holds its place in both counts whatever happens to the hand-off); a suppressed
 * one SUPPRESSED (recorded for staff, not mailed). Mails to our own sales address are not limited.
 * Lock order is always recipient, then budget.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailAdmission {

    /** What became of one mail of an event. */
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
    private final MailConfig.RecipientLimit recipientLimit;
    private final MailConfig.Budget budgetConfig;

    public MailAdmission(MailDeliveryRepository deliveries, MailBudgetRepository budget, MailConfig config) {
        this.deliveries = deliveries;
        this.budget = budget;
        this.recipientLimit = config.recipientLimit();
        this.budgetConfig = config.budget();
        BudgetWindow.requirePositive(recipientLimit.window(), "zivah.mail.recipient-limit.window");
        BudgetWindow.requirePositive(budgetConfig.window(), "zivah.mail.budget.window");
    }

    /** Sets the status (PENDING or SUPPRESSED) of a new, not yet persisted mail to a visitor. */
    public Decision admit(MailDelivery delivery, Instant now) {
        deliveries.lockRecipient(delivery.recipientKey);
        long recent = deliveries.countAdmittedSince(delivery.recipientKey, now.minus(recipientLimit.window()));
        if (recent >= recipientLimit.max()) {
            return suppress(delivery, Decision.suppressed(SuppressionReason.RECIPIENT_LIMIT, false, null));
        }
        BudgetWindow window = BudgetWindow.containing(now, budgetConfig.window());
        if (!budget.tryAdmit(window.start(), budgetConfig.max())) {
            boolean first = budget.recordSuppressed(window.start()) == 1;
            return suppress(delivery, Decision.suppressed(SuppressionReason.BUDGET, first, window.end()));
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.admittedAt = now;
        return Decision.ADMITTED;
    }

    private static Decision suppress(MailDelivery delivery, Decision decision) {
        delivery.status = DeliveryStatus.SUPPRESSED;
        delivery.suppressionReason = decision.reason();
        delivery.nextAttemptAt = null;
        return decision;
    }
}
