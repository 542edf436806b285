package com.zivah.web.client;

import java.util.List;

/** The RFC 9457 problem body the data services answer with; only what the web tier reads. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }
}
