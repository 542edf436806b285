package com.zivah.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.requestid.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The one way a consumer turns a Kafka record into its event: the record's request id (header {@code request-id},
 * set by the producer's outbox; else {@code event-<event-id>}) goes into the log MDC, the value is parsed with the
 * application's {@code ObjectMapper} into the consumer's record type and checked with Bean Validation (the
 * constraints on that record are what this consumer needs). Anything else is a {@link PoisonEventException}:
 * logged once here with where the record sits, then dead-lettered by the channel's failure strategy.
 */
@ApplicationScoped
public class EventReader {

    private static final Logger LOG = Logger.getLogger(EventReader.class);

    private final ObjectMapper json;
    private final Validator validator;

    public EventReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Reads {@code record} as a {@code type}; close the result to take its request id out of the MDC. */
    public <T> InboundEvent<T> read(ConsumerRecord<String, String> record, Class<T> type) {
        String requestId = requestIdOf(record);
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            return new InboundEvent<>(parse(record.value(), type), requestId);
        } catch (PoisonEventException e) {
            LOG.errorf("Poison %s record %s-%d@%d goes to the dead-letter topic: %s", type.getSimpleName(),
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            MDC.remove(RequestIds.MDC_KEY);
            throw e;
        }
    }

    /** The event in {@code payload}, valid by the constraints of {@code type}, or a {@link PoisonEventException}. */
    public <T> T parse(String payload, Class<T> type) {
        String name = type.getSimpleName();
        if (payload == null || payload.isBlank()) {
            throw new PoisonEventException("Empty " + name + " record", null);
        }
        T event;
        try {
            event = json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException(name + " record is not readable: " + e.getOriginalMessage(), e);
        }
        if (event == null) {
            throw new PoisonEventException(name + " record is null", null);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            String fields = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new PoisonEventException(name + " record is invalid: " + fields, null);
        }
        return event;
    }

    private static String requestIdOf(ConsumerRecord<String, String> record) {
        String fromProducer = header(record, RequestIds.EVENT_HEADER);
        if (RequestIds.isSafe(fromProducer)) {
            return fromProducer;
        }
        String eventId = header(record, "event-id");
        return eventId != null && RequestIds.isSafe("event-" + eventId) ? "event-" + eventId : RequestIds.newId();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        if (record.headers() == null) {
            return null;
        }
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
