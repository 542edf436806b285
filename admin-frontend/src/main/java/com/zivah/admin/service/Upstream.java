package com.zivah.admin.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.admin.client.Problem;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one way the admin interprets a data service's answer (every {@code service/*} call goes through it):
 * 400/409/422 → {@link RefusedException} with the problem (fields to show next to the inputs), 404 → the admin's
 * 404 page, 401/403 → the 403 page (the service refused the staff member's role — the UI hides such actions, the
 * service decides), anything else (5xx, timeout, connection refused) → {@link UpstreamUnavailableException}.
 */
@ApplicationScoped
public class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class);

    private final ObjectMapper json;

    public Upstream(ObjectMapper json) {
        this.json = json;
    }

    public <T> T call(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            switch (status) {
                case 400, 409, 422 -> throw new RefusedException(status, problem(e, status));
                case 404 -> throw new NotFoundException(service + " answered 404", e);
                case 401, 403 -> {
                    LOG.infof("%s refused the staff member (%d)", service, status);
                    throw new ForbiddenException(service + " answered " + status);
                }
                default -> throw new UpstreamUnavailableException(service, e);
            }
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(service, e);
        }
    }

    public void run(String service, Runnable request) {
        call(service, () -> {
            request.run();
            return null;
        });
    }

    private Problem problem(WebApplicationException e, int status) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return json.readValue(body, Problem.class);
        } catch (RuntimeException | java.io.IOException unreadable) {
            return new Problem(null, null, status, null, List.of());
        }
    }
}
