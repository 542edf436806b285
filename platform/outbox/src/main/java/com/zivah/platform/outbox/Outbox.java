package com.zivah.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.requestid.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.MDC;

/** Records an integration event in the caller's transaction; nothing reaches Kafka unless that transaction commits. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxEnqueued> enqueued;

    public Outbox(ObjectMapper json, Event<OutboxEnqueued> enqueued) {
        this.json = json;
        this.enqueued = enqueued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key, String eventType, UUID eventId, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.topic = topic;
        row.eventKey = key;
        row.eventType = eventType;
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        row.requestId = requestId != null ? requestId.toString() : null;
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + eventType + " cannot be serialized", e);
        }
        row.createdAt = Instant.now();
        row.nextAttemptAt = row.createdAt;
        row.persist();
        enqueued.fire(new OutboxEnqueued(eventId));
    }

    /** Fired inside the transaction; the relay observes it after commit to publish without waiting for its poll. */
    public record OutboxEnqueued(UUID eventId) {
    }
}
