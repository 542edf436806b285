package com.zivah.notification.event;

import com.zivah.notification.service.MailMetrics;
import com.zivah.notification.service.MailQueue;
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

/**
 * Queues the buyer's mail of each {@code QuoteSent} (the priced quote, its PDF attached): one short database
 * transaction ({@link MailQueue#acceptQuoteSent}); SMTP is the sender's business. Read, retried and dead-lettered
 * exactly like {@link QuoteSubmittedConsumer} (which explains why); retry settings per environment:
 * {@code com.zivah.notification.event.QuoteSentConsumer/onQuoteSent/Retry/...}.
 */
@ApplicationScoped
public class QuoteSentConsumer {

    private final EventReader events;
    private final MailQueue queue;
    private final MailMetrics metrics;

    public QuoteSentConsumer(EventReader events, MailQueue queue, MailMetrics metrics) {
        this.events = events;
        this.queue = queue;
        this.metrics = metrics;
    }

    @Incoming("quote-sent")
    @Blocking(value = "event-workers", ordered = false)
    // only our own database can fail here (poison aborts at once): wait out an outage of up to an hour in order,
    // then the record goes to the dead-letter topic (replay: ./zivah dlq replay)
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 1, durationUnit = ChronoUnit.HOURS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onQuoteSent(ConsumerRecord<String, String> record) {
        try (InboundEvent<QuoteSent> in = events.read(record, QuoteSent.class)) {
            metrics.accepted(queue.acceptQuoteSent(in.event()));
        }
    }
}
