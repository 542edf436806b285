package com.zivah.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.json.NulCharacterException;
import com.zivah.platform.requestid.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single error mapper of every data service: each failure leaves as {@code application/problem+json}.
 * Client mistakes name the field; unexpected failures are logged with the request id and never leak details.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://zivah.com/problems/";

    private final ProblemMessages messages = ProblemMessages.load(ProblemMapper.class.getClassLoader());

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, headers, e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(Problem.FieldError.of(fieldOf(v.getPropertyPath()), v));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(400, "validation", "Invalid request", "One or more fields are invalid", uri, headers, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, "malformed-body", "Malformed request body", unreadableDetail(e), uri, headers, jsonFieldErrors(e));
    }

    /** Declared separately so it wins over quarkus-rest-jackson's built-in mapper for this exact type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response brokenJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return respond(401, "unauthorized", "Authentication required", null, uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return respond(401, "unauthorized", "Authentication required", null, uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        if (e instanceof NotFoundException && e.getCause() != null && uri != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted ("?size=lots"); that is a bad request
            String parameter = queryParameterIn(e.getCause(), uri);
            if (parameter != null) {
                return respond(400, "validation", "Invalid request", "A query parameter has the wrong format", uri,
                        headers, List.of(new Problem.FieldError(parameter, "{zivah.format.wrong}")));
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", rawPath(uri));
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : family.name();
        return respond(status, "http-" + status, title, null, uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Throwable connection = connectionFailure(e);
        if (connection != null) {
            // transient: the client may retry; one WARN line, no stack trace (a restart would flood the log)
            LOG.warnf("Database unavailable on %s (answered 503): %s: %s", rawPath(uri),
                    connection.getClass().getName(), connection.getMessage());
            return Response.fromResponse(respond(503, "service-unavailable", "Service temporarily unavailable",
                            "The service cannot reach its database right now; retry shortly", uri, headers, List.of()))
                    .header("Retry-After", "1").build();
        }
        LOG.errorf(e, "Unexpected failure on %s", rawPath(uri));
        return respond(500, "internal", "Internal error",
                "The request could not be completed; quote the request id when reporting it", uri, headers, List.of());
    }

    /** Hibernate's and Agroal's connection failures, recognised by name (platform-web does not depend on them). */
    private static final List<String> CONNECTION_EXCEPTIONS = List.of(
            "org.hibernate.exception.JDBCConnectionException",
            "java.net.ConnectException",
            "java.net.SocketException",
            "java.io.EOFException");
    private static final List<String> CONNECTION_MESSAGES = List.of(
            "acquisition timeout", // Agroal: pool exhausted for acquisition-timeout
            "pool is closed", // Agroal: datasource closed
            "unable to acquire jdbc connection", // Hibernate around any of them
            "connection has been closed",
            "connection refused",
            "broken pipe",
            "an i/o error occurred while sending to the backend");

    /**
     * The link of the cause chain saying the database connection is lost or unavailable (a transient failure that
     * deserves 503 + Retry-After, not 500), or null. SQLState class 08 (connection exception) and 57P01-57P03
     * (server shutting down, crashed, starting up), also wrapped in PersistenceException, RollbackException,
     * ArcUndeclaredThrowableException or a next exception of a batch.
     */
    static Throwable connectionFailure(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 32) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || CONNECTION_EXCEPTIONS.contains(t.getClass().getName())) {
                return t;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"))) {
                    return t;
                }
                if (sql.getNextException() != null) {
                    todo.add(sql.getNextException());
                }
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            for (String m : CONNECTION_MESSAGES) {
                if (message.contains(m)) {
                    return t;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.add(suppressed);
            }
        }
        return null;
    }

    /**
     * The path as it came on the wire (still percent-encoded), for log messages: a decoded path could carry
     * a line break ({@code %0A}) into a text log. (JSON logs escape it anyway; this keeps text logs safe too.)
     */
    static String rawPath(UriInfo uri) {
        if (uri == null) {
            return "?";
        }
        String raw = uri.getRequestUri().getRawPath();
        return raw == null ? "?" : raw;
    }

    /** The query parameter whose value the conversion failure quotes, or null when it isn't one of them. */
    static String queryParameterIn(Throwable conversionFailure, UriInfo uri) {
        String message = String.valueOf(conversionFailure.getMessage());
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (message.contains("\"" + value + "\"")) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /**
     * The problem response; {@code errors[].message} in the language of the request's Accept-Language (English
     * without one), named by {@code Content-Language}. {@code title} and {@code detail} are for developers: English.
     */
    Response respond(int status, String type, String title, String detail, UriInfo uri, HttpHeaders headers,
                     List<Problem.FieldError> errors) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Language language = ProblemMessages.languageOf(headers == null ? null
                : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem.FieldError> rendered = errors.stream()
                .map(error -> new Problem.FieldError(error.field(),
                        messages.render(error.message(), error.args(), language)))
                .toList();
        Problem body = new Problem(TYPE_BASE + type, title, status, detail, uri == null ? null : uri.getPath(),
                requestId == null ? null : requestId.toString(), rendered);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** Drops the method and parameter nodes of a resource-method violation: {@code submit.request.customer.email} → {@code customer.email}. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        boolean methodLevel = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                methodLevel = true;
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? (methodLevel ? "body" : "") : field.toString();
    }

    static List<Problem.FieldError> jsonFieldErrors(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            String message = e instanceof NulCharacterException ? NulCharacterException.MESSAGE : "{zivah.format.wrong-type}";
            return List.of(new Problem.FieldError(field.toString(), message));
        }
        return List.of(new Problem.FieldError("body", "{zivah.json.invalid}"));
    }

    private static String unreadableDetail(JsonProcessingException e) {
        return e instanceof JsonMappingException ? "A field has the wrong type or format" : "The body is not valid JSON";
    }
}
