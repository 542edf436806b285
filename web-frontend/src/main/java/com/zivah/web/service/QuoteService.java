package com.zivah.web.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.web.client.ContactRequest;
import com.zivah.web.client.Problem;
import com.zivah.web.client.QuoteClient;
import com.zivah.web.client.QuoteCreated;
import com.zivah.web.client.QuoteRequest;
import com.zivah.web.mapping.ProblemFieldMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends a validated RFQ or contact message to quote-service with the form's idempotency key and interprets the
 * answer: accepted (number, warnings), refused (the fields named), key reused with other content (422), or
 * unavailable ({@link UpstreamUnavailableException}: 5xx, timeout, connection refused).
 */
@ApplicationScoped
public class QuoteService {

    static final String SERVICE = "quote-service";
    private static final Logger LOG = Logger.getLogger(QuoteService.class);

    private final QuoteClient quotes;
    private final ObjectMapper json;

    public QuoteService(@RestClient QuoteClient quotes, ObjectMapper json) {
        this.quotes = quotes;
        this.json = json;
    }

    public QuoteSubmission submit(Rfq rfq, String idempotencyKey) {
        QuoteRequest request = new QuoteRequest(
                new QuoteRequest.Customer(rfq.name(), rfq.email(), rfq.phone(), rfq.company(), rfq.country()),
                rfq.language().tag(),
                rfq.message(),
                rfq.lines().stream()
                        .map(line -> new QuoteRequest.Item(line.productId(), line.quantity(), line.note()))
                        .toList());
        return call(() -> {
            QuoteCreated created = quotes.submit(idempotencyKey, request);
            return new QuoteSubmission.Accepted(created.quoteNumber(), created.warnings());
        });
    }

    public QuoteSubmission contact(ContactMessage message, String idempotencyKey) {
        ContactRequest request = new ContactRequest(message.name(), message.email(), message.phone(),
                message.company(), message.subject(), message.message(), message.language().tag());
        return call(() -> new QuoteSubmission.Accepted(quotes.contact(idempotencyKey, request).reference(),
                List.of()));
    }

    private QuoteSubmission call(Supplier<QuoteSubmission> send) {
        try {
            return send.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400) {
                return rejected(e);
            }
            if (status == 422) {
                LOG.infof("quote-service refused a reused idempotency key: %s", readProblem(e).orElse(null));
                return new QuoteSubmission.KeyReused();
            }
            throw new UpstreamUnavailableException(SERVICE, e);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(SERVICE, e);
        }
    }

    private QuoteSubmission rejected(WebApplicationException e) {
        Problem problem = readProblem(e).orElse(new Problem(null, null, 400, null, List.of()));
        Set<String> fields = new LinkedHashSet<>();
        boolean unmatched = problem.errors().isEmpty();
        for (Problem.FieldError error : problem.errors()) {
            Optional<String> field = ProblemFieldMapper.formField(error.field());
            field.ifPresent(fields::add);
            unmatched |= field.isEmpty();
        }
        LOG.debugf("quote-service refused a submission: %s", problem);
        return new QuoteSubmission.Rejected(List.copyOf(fields), unmatched);
    }

    private Optional<Problem> readProblem(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null || body.isBlank() ? Optional.empty() : Optional.of(json.readValue(body, Problem.class));
        } catch (Exception unreadable) {
            LOG.warnf("quote-service answered %d with an unreadable body: %s", e.getResponse().getStatus(),
                    unreadable.getMessage());
            return Optional.empty();
        }
    }
}
