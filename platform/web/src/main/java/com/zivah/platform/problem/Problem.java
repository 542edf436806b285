package com.zivah.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the only error body our APIs return.
 * {@code errors} names each offending field so a client can show the message next to it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem about one input field; {@code field} is a JSON path such as {@code items[0].quantity}. */
    public record FieldError(String field, String message) {
    }
}
