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
 * Queues the buyer's confirmation and the sales alert of each {@code QuoteSubmitted}: one short database
 * transaction ({@link MailQueue#acceptQuote}); SMTP is the sender's business, never this consumer's. Runs on the
 * {@code event-workers} pool, several records at once (the mails need no order; the throttled commit strategy
 * only commits offsets below the oldest unfinished record). platform-inbox's {@link EventReader} parses and
 * validates the record and puts its {@code request-id} header in the log MDC. The retries are for database
 * trouble only (exponential backoff, each attempt its own transaction); after the last one the record is nacked
 * and the {@code dead-letter-queue} strategy moves it to {@code zivah.notification.dlq}, from where
 * {@code ./zivah dlq replay} puts it back (docs/operations/dead-letters.md). Poison records are dead-lettered at
 * once. Retry settings per environment: {@code com.zivah.notification.event.QuoteSubmittedConsumer/onQuoteSubmitted/Retry/...}.
 */
@ApplicationScoped
public class QuoteSubmittedConsumer {

    private final EventReader events;
    private final MailQueue queue;
    private final MailMetrics metrics;

    public QuoteSubmittedConsumer(EventReader events, MailQueue queue, MailMetrics metrics) {
        this.events = events;
        this.queue = queue;
        this.metrics = metrics;
    }

    @Incoming("quote-submitted")
    @Blocking(value = "event-workers", ordered = false)
    // only our own database can fail here (poison aborts at once): wait out an outage of up to an hour in order,
    // then the record goes to the dead-letter topic (replay: ./zivah dlq replay)
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 1, durationUnit = ChronoUnit.HOURS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onQuoteSubmitted(ConsumerRecord<String, String> record) {
        try (InboundEvent<QuoteSubmitted> in = events.read(record, QuoteSubmitted.class)) {
            metrics.accepted(queue.acceptQuote(in.event()));
        }
    }
}
