package com.zivah.notification.event;

import com.zivah.notification.service.DeliveryService;
import com.zivah.platform.web.RequestIdFilter;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Mails the buyer for each {@code QuoteSubmitted}. Runs on the {@code mail-sender} worker pool (the mailer and
 * JPA block), several records at once: confirmations need no order, and the throttled commit strategy only
 * commits offsets below the oldest unfinished record. The pool is separate and unordered on purpose: with the
 * default ordered {@code @Blocking}, the mail client's blocking host-name resolution queues on the same ordered
 * Vert.x context behind this very method and every new SMTP connection waits until the mailer timeout. A failure (SMTP down, database down) is retried with exponential backoff, each
 * attempt in its own transaction; after the last attempt the record is nacked and the
 * {@code dead-letter-queue} failure strategy moves it to {@code zivah.notification.dlq}, so it is kept for
 * replay and the records behind it flow again. Poison records are dead-lettered at once.
 * Retry settings can be tuned per environment with
 * {@code com.zivah.notification.event.QuoteSubmittedConsumer/onQuoteSubmitted/Retry/...}.
 */
@ApplicationScoped
public class QuoteSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(QuoteSubmittedConsumer.class);

    private final QuoteSubmittedReader reader;
    private final DeliveryService deliveries;

    public QuoteSubmittedConsumer(QuoteSubmittedReader reader, DeliveryService deliveries) {
        this.reader = reader;
        this.deliveries = deliveries;
    }

    @Incoming("quote-submitted")
    @Blocking(value = "mail-sender", ordered = false)
    @Retry(maxRetries = 4, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 60, durationUnit = ChronoUnit.SECONDS, abortOn = InvalidEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 16, maxDelayUnit = ChronoUnit.SECONDS)
    public void onQuoteSubmitted(String payload) {
        QuoteSubmitted event;
        try {
            event = reader.read(payload);
        } catch (InvalidEventException e) {
            LOG.errorf("Poison QuoteSubmitted record sent to the dead-letter topic: %s", e.getMessage());
            throw e;
        }
        MDC.put(RequestIdFilter.MDC_KEY, "event-" + event.eventId());
        try {
            deliveries.deliverConfirmation(event);
        } catch (RuntimeException e) {
            LOG.warnf("Confirmation for %s (event %s) failed: %s", event.quoteNumber(), event.eventId(), e.getMessage());
            recordQuietly(event, e);
            throw e;
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    /** Logging the failure must not hide it: the original exception drives the retry and the dead letter. */
    private void recordQuietly(QuoteSubmitted event, RuntimeException failure) {
        try {
            deliveries.recordFailedAttempt(event, failure);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the failed attempt for event %s: %s", event.eventId(), e.getMessage());
        }
    }
}
