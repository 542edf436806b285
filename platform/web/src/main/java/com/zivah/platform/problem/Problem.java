package com.zivah.platform.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, the only error body our APIs return.
 * {@code errors} names each offending field so a client can show the message next to it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * A problem about one input field; {@code field} is a JSON path such as {@code items[0].quantity}.
     * A {@code message} written {@code "{key}"} (the syntax of a Bean Validation annotation's message) names a text
     * of the {@link ProblemMessages} bundles, its {@code {name}} placeholders filled from {@code args};
     * {@link ProblemMapper} renders it in the request's language (the wire carries only the rendered text).
     */
    public record FieldError(String field, String message, @JsonIgnore Map<String, Object> args) {

        public FieldError {
            args = args == null ? Map.of() : args;
        }

        public FieldError(String field, String message) {
            this(field, message, Map.of());
        }

        /** {@code message} ({@code "{key}"}) with its placeholders named and valued in pairs: {@code "max", 100}. */
        public static FieldError of(String field, String message, Object... namesAndValues) {
            if (namesAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("placeholders come in name, value pairs");
            }
            Map<String, Object> args = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                args.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return new FieldError(field, message, args);
        }

        /** A Bean Validation violation of {@code field}: its message ({@code "{key}"} or text) and its attributes. */
        public static FieldError of(String field, ConstraintViolation<?> violation) {
            return ProblemMessages.keyOf(violation.getMessageTemplate()) != null
                    ? new FieldError(field, violation.getMessageTemplate(),
                            violation.getConstraintDescriptor().getAttributes())
                    : new FieldError(field, violation.getMessage());
        }
    }
}
