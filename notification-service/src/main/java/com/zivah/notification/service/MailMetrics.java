package com.zivah.notification.service;

import com.zivah.notification.SuppressionReason;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.notification.service.MailAdmission.Decision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
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
 *       end of that budget window, else 0 (alert on the max over the replicas).</li>
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
    private static final Logger LOG = Logger.getLogger(MailMetrics.class);

    private final Counter sent;
    private final Counter failedAttempts;
    private final Counter duplicates;
    private final Map<SuppressionReason, Counter> suppressed = new EnumMap<>(SuppressionReason.class);
    /** Epoch millis until which this replica knows the budget to be exceeded. */
    private final AtomicLong exceededUntil = new AtomicLong();

    public MailMetrics(MeterRegistry registry) {
        sent = registry.counter(SENT);
        failedAttempts = registry.counter(FAILED_ATTEMPTS);
        duplicates = registry.counter(DUPLICATES);
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

    void duplicate() {
        duplicates.increment();
    }

    /** Called once the suppression is committed. */
    void suppressed(QuoteSubmitted event, Decision decision) {
        suppressed.get(decision.reason()).increment();
        if (decision.reason() == SuppressionReason.BUDGET) {
            exceededUntil.accumulateAndGet(decision.windowEnd().toEpochMilli(), Math::max);
            if (decision.firstOfWindow()) {
                LOG.warnf("Mail budget exceeded: no more confirmations until %s; further ones are recorded as "
                        + "SUPPRESSED (first: %s, event %s)", decision.windowEnd(), event.quoteNumber(), event.eventId());
            }
        }
        LOG.debugf("Confirmation for %s (event %s) not mailed: %s", event.quoteNumber(), event.eventId(),
                decision.reason());
    }

    double budgetExceeded() {
        return System.currentTimeMillis() < exceededUntil.get() ? 1 : 0;
    }
}
