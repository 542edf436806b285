package com.zivah.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.requestid.RequestIds;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sample(@NotNull UUID eventId, @NotBlank String name, @Positive int quantity) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private final EventReader reader = new EventReader(new ObjectMapper(), validator);

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void validEventsAreParsedAndUnknownFieldsIgnored() {
        UUID id = UUID.randomUUID();
        Sample sample = reader.parse("{\"eventId\":\"" + id + "\",\"name\":\"x\",\"quantity\":2,\"later\":true}",
                Sample.class);
        assertEquals(new Sample(id, "x", 2), sample);
    }

    @Test
    void poisonIsNamedNotRetried() {
        assertThrows(PoisonEventException.class, () -> reader.parse("", Sample.class));
        assertThrows(PoisonEventException.class, () -> reader.parse("null", Sample.class));
        assertThrows(PoisonEventException.class, () -> reader.parse("{not json", Sample.class));
        assertThrows(PoisonEventException.class, () -> reader.parse("{\"quantity\":\"many\"}", Sample.class));
        PoisonEventException invalid = assertThrows(PoisonEventException.class,
                () -> reader.parse("{\"eventId\":\"" + UUID.randomUUID() + "\",\"name\":\" \",\"quantity\":0}",
                        Sample.class));
        assertTrue(invalid.getMessage().contains("name"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("quantity"), invalid.getMessage());
    }

    @Test
    void theProducersRequestIdIsInTheMdcUntilClosed() {
        ConsumerRecord<String, String> record = record("{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"name\":\"x\",\"quantity\":1}");
        record.headers().add(RequestIds.EVENT_HEADER, "req-42".getBytes(StandardCharsets.UTF_8));
        try (InboundEvent<Sample> in = reader.read(record, Sample.class)) {
            assertEquals("req-42", in.requestId());
            assertEquals("req-42", MDC.get(RequestIds.MDC_KEY));
        }
        assertNull(MDC.get(RequestIds.MDC_KEY));
    }

    @Test
    void withoutARequestIdTheEventIdStandsIn() {
        UUID id = UUID.randomUUID();
        ConsumerRecord<String, String> record = record("{\"eventId\":\"" + id + "\",\"name\":\"x\",\"quantity\":1}");
        record.headers().add("event-id", id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(RequestIds.EVENT_HEADER, "forged\r\nline".getBytes(StandardCharsets.UTF_8));
        try (InboundEvent<Sample> in = reader.read(record, Sample.class)) {
            assertEquals("event-" + id, in.requestId());
        }
    }

    @Test
    void aPoisonRecordLeavesNoRequestIdBehind() {
        assertThrows(PoisonEventException.class, () -> reader.read(record("{"), Sample.class));
        assertNull(MDC.get(RequestIds.MDC_KEY));
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("zivah.test.v1", 0, 7L, "key", value);
    }
}
