package com.zivah.admin.event;

import com.zivah.admin.service.LiveQuotes;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Hears {@code zivah.quote.submitted.v1} on every replica (a consumer group of its own, from the latest offset,
 * nothing committed — like web-frontend's CatalogChanges) and tells {@link LiveQuotes}, which pushes it to the open
 * dashboards. Only the record key (the quote number) is read: the dashboard reloads its figures from quote-service.
 */
@ApplicationScoped
public class QuoteSubmissions {

    public static final String CHANNEL = "quote-submissions";

    private final LiveQuotes live;

    public QuoteSubmissions(LiveQuotes live) {
        this.live = live;
    }

    @Incoming(CHANNEL)
    public void submitted(ConsumerRecord<String, String> event) {
        live.submitted(event.key());
    }
}
