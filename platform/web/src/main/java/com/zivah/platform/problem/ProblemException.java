package com.zivah.platform.problem;

import java.util.List;

/**
 * Thrown by services for an expected, client-caused failure; rendered as problem+json by {@link ProblemMapper}.
 * The {@code type} slug becomes {@code https://zivah.com/problems/<type>}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    /** One or more fields are well-formed but not acceptable (unknown product, inactive item...). */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", "One or more fields are invalid", errors);
    }

    /** One field is not acceptable: {@code message} is {@code "{key}"} of the bundles, see {@link Problem.FieldError#of}. */
    public static ProblemException invalid(String field, String message, Object... namesAndValues) {
        return invalid(List.of(Problem.FieldError.of(field, message, namesAndValues)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
