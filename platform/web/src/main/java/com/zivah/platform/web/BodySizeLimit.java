package com.zivah.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemMessages;
import com.zivah.platform.requestid.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Makes Quarkus' body limit ({@code quarkus.http.limits.max-body-size}) answer like every other error: a
 * {@code 413 application/problem+json}. Quarkus checks the declared {@code Content-Length} in a Vert.x route
 * of order -2 and answers an empty 413; this route (order -3) does the same check just before it, with a
 * problem body, the request id, and {@code Connection: close} (the body is never read). A body without
 * {@code Content-Length} (chunked) that grows beyond the limit is still cut off by Quarkus itself. Field messages
 * are rendered like ProblemMapper's: the request's Accept-Language, named by {@code Content-Language}.
 */
@Singleton
public class BodySizeLimit {

    /** Before Quarkus' own max-body-size route (order -2). */
    static final int ORDER = -3;
    private static final ProblemMessages MESSAGES = ProblemMessages.load(BodySizeLimit.class.getClassLoader());

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
                         ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(max -> router.route().order(ORDER).handler(ctx -> check(ctx, max.asLongValue())));
    }

    void check(RoutingContext ctx, long max) {
        if (declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= max) {
            ctx.next();
            return;
        }
        reject(ctx, max, List.of(), json);
    }

    /**
     * Ends {@code ctx} with the 413 problem of a body over {@code max} bytes ({@code errors} may name the field, e.g.
     * an upload's file) and closes the connection, without reading the body: the one 413 of every data service.
     */
    public static void reject(RoutingContext ctx, long max, List<Problem.FieldError> errors, ObjectMapper json) {
        // RequestIdRouteFilter ran first (order MIN_VALUE): the id is in the MDC and echoed in the response
        Object id = MDC.get(RequestIds.MDC_KEY);
        String requestId = id != null ? id.toString() : RequestIds.newId();
        // outside ProblemMapper (no JAX-RS here), so the same bundles render errors[].message the same way
        Language language = ProblemMessages.languageOf(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem.FieldError> rendered = errors.stream()
                .map(e -> new Problem.FieldError(e.field(), MESSAGES.render(e.message(), e.args(), language)))
                .toList();
        Problem problem = new Problem("https://zivah.com/problems/http-413", "Request Entity Too Large", 413,
                "The request body is larger than " + max + " bytes", ctx.request().path(), requestId, rendered);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** The declared length, or -1 when absent or not a number (Vert.x rejects malformed ones anyway). */
    public static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
