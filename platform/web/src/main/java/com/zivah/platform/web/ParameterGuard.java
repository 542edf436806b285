package com.zivah.platform.web;

import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses decoded query and path parameters that contain U+0000 ({@code %00}) with a 400 problem naming the
 * parameter, before the resource method (and so before PostgreSQL, which cannot store NUL in text) sees them.
 *
 * <p>A filter rather than a {@code ParamConverter}: it covers every parameter of every endpoint (also
 * {@code @BeanParam} fields and parameters a method does not declare) in one place, and it knows the
 * parameter's name. It runs after matching, so path parameters are known by their template name
 * ({@code /products/{id}} → {@code id}); a path that matches no endpoint is a 404 and reaches no code.
 */
public class ParameterGuard {

    public static final String MESSAGE = "{zivah.param.nul}";

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        List<Problem.FieldError> errors = offending(request.getUriInfo());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The parameters (path first, then query) whose decoded name or value contains NUL. */
    static List<Problem.FieldError> offending(UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(true), errors);
        collect(uri.getQueryParameters(true), errors);
        return errors;
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean bad = hasNul(name) || parameter.getValue().stream().anyMatch(ParameterGuard::hasNul);
            if (bad) {
                errors.add(new Problem.FieldError(hasNul(name) ? name.replace('\u0000', '?') : name, MESSAGE));
            }
        }
    }

    static boolean hasNul(String s) {
        return s != null && s.indexOf('\u0000') >= 0;
    }
}
