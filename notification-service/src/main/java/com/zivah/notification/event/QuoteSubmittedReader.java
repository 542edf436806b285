package com.zivah.notification.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a Kafka record value into a {@link QuoteSubmitted}, or rejects it as poison. */
@ApplicationScoped
public class QuoteSubmittedReader {

    private final ObjectMapper json;
    private final Validator validator;

    public QuoteSubmittedReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public QuoteSubmitted read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidEventException("Empty QuoteSubmitted payload", null);
        }
        QuoteSubmitted event;
        try {
            event = json.readValue(payload, QuoteSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("QuoteSubmitted payload is not readable: " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<QuoteSubmitted>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            String fields = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new InvalidEventException("QuoteSubmitted " + event.eventId() + " is invalid: " + fields, null);
        }
        return event;
    }
}
