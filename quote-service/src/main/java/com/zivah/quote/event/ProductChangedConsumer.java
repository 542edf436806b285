package com.zivah.quote.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.quote.service.ProductSnapshotService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps {@code product_snapshot} in step with the catalog. Transient failures (database down, lock
 * timeouts) are retried with exponential backoff; when the retries are spent, or the message can never
 * be read, the exception nacks it and the channel's dead-letter strategy moves it to {@code zivah.quote.dlq},
 * so one bad message never blocks the partition.
 */
@ApplicationScoped
public class ProductChangedConsumer {

    private static final Logger LOG = Logger.getLogger(ProductChangedConsumer.class);

    private final ObjectMapper json;
    private final ProductSnapshotService snapshots;

    public ProductChangedConsumer(ObjectMapper json, ProductSnapshotService snapshots) {
        this.json = json;
        this.snapshots = snapshots;
    }

    @Incoming("catalog-products")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 100,
            maxDuration = 60, durationUnit = ChronoUnit.SECONDS, abortOn = MalformedEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String payload) {
        ProductChanged event = parse(payload);
        boolean applied = snapshots.apply(event);
        LOG.debugf("ProductChanged %s for product %d v%d %s", event.eventId(), event.productId(), event.version(),
                applied ? "applied" : "skipped (duplicate or stale)");
    }

    ProductChanged parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new MalformedEventException("Empty ProductChanged message", null);
        }
        ProductChanged event;
        try {
            event = json.readValue(payload, ProductChanged.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Unreadable ProductChanged message: " + e.getOriginalMessage(), e);
        }
        String missing = event == null ? "body" : event.missingField();
        if (missing != null) {
            throw new MalformedEventException("ProductChanged message without " + missing, null);
        }
        return event;
    }
}
