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

/** Queues the auto-reply and the sales alert of each {@code ContactMessageReceived}; as {@link QuoteSubmittedConsumer}. */
@ApplicationScoped
public class ContactMessageReceivedConsumer {

    private final EventReader events;
    private final MailQueue queue;
    private final MailMetrics metrics;

    public ContactMessageReceivedConsumer(EventReader events, MailQueue queue, MailMetrics metrics) {
        this.events = events;
        this.queue = queue;
        this.metrics = metrics;
    }

    @Incoming("contact-received")
    @Blocking(value = "event-workers", ordered = false)
    // only our own database can fail here (poison aborts at once): wait out an outage of up to an hour in order,
    // then the record goes to the dead-letter topic (replay: ./zivah dlq replay)
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 1, durationUnit = ChronoUnit.HOURS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onContactMessageReceived(ConsumerRecord<String, String> record) {
        try (InboundEvent<ContactMessageReceived> in = events.read(record, ContactMessageReceived.class)) {
            metrics.accepted(queue.acceptContact(in.event()));
        }
    }
}
