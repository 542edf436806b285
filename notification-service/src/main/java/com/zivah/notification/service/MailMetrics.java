package com.zivah.notification.service;

import com.zivah.notification.MailKind;
import com.zivah.notification.SuppressionReason;
import com.zivah.notification.repository.MailDeliveryRepository.QueueStats;
import com.zivah.notification.service.MailAdmission.Decision;
import com.zivah.notification.service.MailAdmission.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The mail meters, registered at startup so every series exists (at 0) before the first event:
 * <ul>
 *   <li>{@code zivah.notification.mails.sent}, {@code zivah.notification.mails.failed.attempts},
 *       {@code zivah.notification.events.duplicate};</li>
 *   <li>{@code zivah.notification.mails.suppressed} by {@code reason} ({@code recipient-limit}, {@code budget});</li>
 *   <li>the gauge {@code zivah.mail.budget.exceeded}: 1 from this replica's first budget suppression until the
 *       end of that budget window, else 0 (alert on the max over the replicas);</li>
 *   <li>the queue (all replicas, refreshed every few seconds by the sender loop, never queried at scrape time):
 *       {@code zivah.notification.mails.pending}, {@code zivah.notification.mails.pending.oldest.age} (seconds,
 *       0 when none), {@code zivah.notification.mails.failed} (FAILED rows), and the counter
 *       {@code zivah.notification.mails.given.up} (mails this replica turned FAILED, each with a WARN).</li>
 * </ul>
 * One WARN per budget window for the whole deployment: only the replica whose suppression was the window's
 * first in {@code mail_budget} logs it; single suppressions are logged at DEBUG, so a flood does not flood the log.
 */
@Startup
@ApplicationScoped
public class MailMetrics {

    public static final String SENT = "zivah.notification.mails.sent";
    public static final String FAILED_ATTEMPTS = "zivah.notification.mails.failed.attempts";
    public static final String DUPLICATES = "zivah.notification.events.duplicate";
    public static final String SUPPRESSED = "zivah.notification.mails.suppressed";
    public static final String BUDGET_EXCEEDED = "zivah.mail.budget.exceeded";
    public static final String PENDING = "zivah.notification.mails.pending";
    public static final String OLDEST_PENDING_AGE = "zivah.notification.mails.pending.oldest.age";
    public static final String FAILED = "zivah.notification.mails.failed";
    public static final String GIVEN_UP = "zivah.notification.mails.given.up";
    private static final Logger LOG = Logger.getLogger(MailMetrics.class);

    private final Counter sent;
    private final Counter failedAttempts;
    private final Counter duplicates;
    private final Counter givenUp;
    private volatile QueueStats queue = new QueueStats(0, null, 0);
    private final Map<SuppressionReason, Counter> suppressed = new EnumMap<>(SuppressionReason.class);
    /** Epoch millis until which this replica knows the budget to be exceeded. */
    private final AtomicLong exceededUntil = new AtomicLong();

    public MailMetrics(MeterRegistry registry) {
        sent = registry.counter(SENT);
        failedAttempts = registry.counter(FAILED_ATTEMPTS);
        duplicates = registry.counter(DUPLICATES);
        givenUp = registry.counter(GIVEN_UP);
        Gauge.builder(PENDING, this, m -> m.queue.pending())
                .description("Mails waiting for the SMTP server (PENDING), all replicas")
                .strongReference(true).register(registry);
        Gauge.builder(OLDEST_PENDING_AGE, this, MailMetrics::oldestPendingAge).baseUnit("seconds")
                .description("Age of the oldest PENDING mail, 0 when none")
                .strongReference(true).register(registry);
        Gauge.builder(FAILED, this, m -> m.queue.failed())
                .description("Mails given up (FAILED), waiting for a staff resend")
                .strongReference(true).register(registry);
        for (SuppressionReason reason : SuppressionReason.values()) {
            suppressed.put(reason, Counter.builder(SUPPRESSED)
                    .description("Confirmation mails recorded but not sent, by reason")
                    .tag("reason", reason.tag())
                    .register(registry));
        }
        Gauge.builder(BUDGET_EXCEEDED, this, MailMetrics::budgetExceeded)
                .description("1 while the global confirmation mail budget of the current window is exceeded, else 0")
                .strongReference(true)
                .register(registry);
    }

    void sent() {
        sent.increment();
    }

    void failedAttempt() {
        failedAttempts.increment();
    }

    void givenUp() {
        givenUp.increment();
    }

    void queue(QueueStats stats) {
        queue = stats;
    }

    double oldestPendingAge() {
        Instant oldest = queue.oldestPending();
        return oldest == null ? 0 : Math.max(0, (System.currentTimeMillis() - oldest.toEpochMilli()) / 1000.0);
    }

    /** Called once what an event queued is committed: duplicates and suppressions. */
    public void accepted(QueuedMails queued) {
        if (queued.duplicate()) {
            duplicates.increment();
            LOG.infof("Event %s (%s) already handled, skipped", queued.eventId(), queued.reference());
            return;
        }
        queued.decisions().forEach((kind, decision) -> {
            if (decision.outcome() == Outcome.SUPPRESSED) {
                suppressed(queued, kind, decision);
            }
        });
        // on the consumer's thread: the line carries the submitting request's id (mdc.requestId)
        LOG.infof("Event %s (%s) queued: %s", queued.eventId(), queued.reference(), queued.decisions().entrySet().stream()
                .map(d -> d.getKey() + " " + d.getValue().outcome()).collect(java.util.stream.Collectors.joining(", ")));
    }

    private void suppressed(QueuedMails queued, MailKind kind, Decision decision) {
        suppressed.get(decision.reason()).increment();
        if (decision.reason() == SuppressionReason.BUDGET) {
            exceededUntil.accumulateAndGet(decision.windowEnd().toEpochMilli(), Math::max);
            if (decision.firstOfWindow()) {
                LOG.warnf("Mail budget exceeded: no more mails to visitors until %s; further ones are recorded as "
                        + "SUPPRESSED (first: %s %s, event %s)", decision.windowEnd(), kind, queued.reference(),
                        queued.eventId());
            }
        }
        LOG.debugf("%s for %s (event %s) not mailed: %s", kind, queued.reference(), queued.eventId(), decision.reason());
    }

    double budgetExceeded() {
        return System.currentTimeMillis() < exceededUntil.get() ? 1 : 0;
    }
}
