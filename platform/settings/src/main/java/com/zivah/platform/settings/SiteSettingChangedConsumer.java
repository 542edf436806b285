package com.zivah.platform.settings;

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
 * Keeps the catalog's site settings ({@code zivah.catalog.setting.v1}, compacted, read from the earliest offset
 * with a group of its own) in {@code site_setting}. Idempotent by version (a replay changes nothing), so no
 * {@code processed_event} guard; in order per key (the topic's key), so ordered. Each service configures the channel
 * {@code site-settings} in its application.properties: the topic, a group id of its own, {@code earliest}, and its
 * dead-letter topic (a poison record is nacked at once and lands there, never retried).
 */
@ApplicationScoped
public class SiteSettingChangedConsumer {

    private final EventReader events;
    private final SiteSettings settings;

    public SiteSettingChangedConsumer(EventReader events, SiteSettings settings) {
        this.events = events;
        this.settings = settings;
    }

    @Incoming("site-settings")
    @Blocking
    // only our own database can fail here (poison aborts at once): wait out an outage of up to an hour in order,
    // then the record goes to the dead-letter topic (replay: ./zivah dlq replay)
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            maxDuration = 1, durationUnit = ChronoUnit.HOURS, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onSiteSettingChanged(ConsumerRecord<String, String> record) {
        try (InboundEvent<SiteSettingChanged> in = events.read(record, SiteSettingChanged.class)) {
            settings.apply(in.event());
        }
    }
}
