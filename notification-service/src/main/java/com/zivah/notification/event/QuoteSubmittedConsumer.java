package com.zivah.notification.event;

import com.zivah.notification.service.DeliveryService;
import com.zivah.platform.inbox.EventReader;
import com.zivah.platform.inbox.InboundEvent;
import com.zivah.platform.inbox.PoisonEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Mails the buyer for each {@code QuoteSubmitted}. Runs on the {@code mail-sender} worker pool (the mailer and
 * JPA block), several records at once: confirmations need no order, and the throttled commit strategy only
 * commits offsets below the oldest unfinished record. The pool is separate and unordered on purpose: with the
 * default ordered {@code @Blocking}, the mail client's blocking host-name resolution queues on the same ordered
 * Vert.x context behind this very method and every new SMTP connection waits until the mailer timeout.
 * platform-inbox's {@link EventReader} parses and validates the record and puts its {@code request-id} header
 * (the submitting request's id) in the log MDC. A failure (SMTP down, database down) is retried with exponential
 * backoff, each attempt in its own transaction; after the last attempt the record is nacked and the
 * {@code dead-letter-queue} failure strategy moves it to {@code zivah.notification.dlq}, so it is kept for
 * replay and the records behind it flow again. Poison records ({@link PoisonEventException}) are dead-lettered
 * at once. Retry settings can be tuned per environment with
 * {@code com.zivah.notification.event.QuoteSubmittedConsumer/onQuoteSubmitted/Retry/...}.
 */
@ApplicationScoped
public class QuoteSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(QuoteSubmittedConsumer.class);

    private final EventReader events;
    private final DeliveryService deliveries;

    public QuoteSubmittedConsumer(EventReader events, DeliveryService deliveries) {
        this.events = events;
        this.deliveries = deliveries;
    }

    @Incoming("quote-submitted")
    @Blocking(value = "mail-sender", ordered = false)
    @Retry(maxRetries = 4, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 60, durationUnit = ChronoUnit.SECONDS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 16, maxDelayUnit = ChronoUnit.SECONDS)
    public void onQuoteSubmitted(ConsumerRecord<String, String> record) {
        try (InboundEvent<QuoteSubmitted> in = events.read(record, QuoteSubmitted.class)) {
            QuoteSubmitted event = in.event();
            try {
                deliveries.deliverConfirmation(event);
            } catch (RuntimeException e) {
                LOG.warnf("Confirmation for %s (event %s) failed: %s", event.quoteNumber(), event.eventId(),
                        e.getMessage());
                recordQuietly(event, e);
                throw e;
            }
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
