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
    @Retry(maxRetries = 4, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 60, durationUnit = ChronoUnit.SECONDS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 16, maxDelayUnit = ChronoUnit.SECONDS)
    public void onContactMessageReceived(ConsumerRecord<String, String> record) {
        try (InboundEvent<ContactMessageReceived> in = events.read(record, ContactMessageReceived.class)) {
            metrics.accepted(queue.acceptContact(in.event()));
        }
    }
}
