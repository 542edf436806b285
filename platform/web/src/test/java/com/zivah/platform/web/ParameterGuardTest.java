package com.zivah.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterGuardTest {

    private static UriInfo uri(Map<String, String> path, Map<String, String> query) {
        MultivaluedMap<String, String> p = new MultivaluedHashMap<>(path);
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>(query);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathParameters" -> p;
                    case "getQueryParameters" -> q;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void nulInAQueryOrPathParameterNamesIt() {
        List<Problem.FieldError> errors = ParameterGuard.offending(uri(Map.of("id", "cafe\u0000"),
                Map.of("q", "a\u0000b", "category", "especias", "size", "20")));
        assertEquals(List.of(new Problem.FieldError("id", ParameterGuard.MESSAGE),
                new Problem.FieldError("q", ParameterGuard.MESSAGE)), errors);
    }

    @Test
    void ordinaryParametersPass() {
        assertTrue(ParameterGuard.offending(uri(Map.of("id", "café-verde"), Map.of("q", "%_ 'x'\n"))).isEmpty());
    }

    @Test
    void theFilterAnswersWithAValidationProblem() {
        UriInfo info = uri(Map.of(), Map.of("category", "\u0000"));
        var request = (jakarta.ws.rs.container.ContainerRequestContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {jakarta.ws.rs.container.ContainerRequestContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getUriInfo")) {
                        return info;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ProblemException e = assertThrows(ProblemException.class, () -> new ParameterGuard().refuseNul(request));
        assertEquals(400, e.status());
        assertEquals("category", e.errors().get(0).field());
    }
}
