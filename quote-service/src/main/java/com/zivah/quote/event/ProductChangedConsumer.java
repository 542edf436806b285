package com.zivah.quote.event;

import com.zivah.platform.inbox.EventReader;
import com.zivah.platform.inbox.InboundEvent;
import com.zivah.platform.inbox.PoisonEventException;
import com.zivah.quote.service.ProductSnapshotService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps {@code product_snapshot} in step with the catalog. Transient failures (database down, lock
 * timeouts) are retried with exponential backoff; when the retries are spent, or the record can never
 * be read ({@link PoisonEventException}: not retried), the exception nacks it and the channel's dead-letter
 * strategy moves it to {@code zivah.quote.dlq}, so one bad record never blocks the partition.
 */
@ApplicationScoped
public class ProductChangedConsumer {

    private static final Logger LOG = Logger.getLogger(ProductChangedConsumer.class);

    private final EventReader events;
    private final ProductSnapshotService snapshots;

    public ProductChangedConsumer(EventReader events, ProductSnapshotService snapshots) {
        this.events = events;
        this.snapshots = snapshots;
    }

    @Incoming("catalog-products")
    @Blocking
    // only our own database can fail here (poison aborts at once): wait out an outage of up to an hour in order,
    // then the record goes to the dead-letter topic (replay: ./zivah dlq replay)
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 1, durationUnit = ChronoUnit.HOURS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, String> record) {
        try (InboundEvent<ProductChanged> in = events.read(record, ProductChanged.class)) {
            ProductChanged event = in.event();
            boolean applied = snapshots.apply(event);
            LOG.debugf("ProductChanged %s for product %d v%d %s", event.eventId(), event.productId(), event.version(),
                    applied ? "applied" : "skipped (duplicate or stale)");
        }
    }
}
