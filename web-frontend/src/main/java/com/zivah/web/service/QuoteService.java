package com.zivah.web.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.web.client.Problem;
import com.zivah.web.client.QuoteClient;
import com.zivah.web.client.QuoteRequest;
import com.zivah.web.mapping.ProblemFieldMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Sends a validated RFQ to quote-service and interprets its answer. */
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

    public QuoteSubmission submit(Rfq rfq) {
        QuoteRequest request = new QuoteRequest(
                new QuoteRequest.Customer(rfq.name(), rfq.email(), rfq.phone(), rfq.company(), rfq.country()),
                rfq.language().tag(),
                rfq.message(),
                List.of(new QuoteRequest.Item(rfq.productId(), rfq.quantity())));
        try {
            return new QuoteSubmission.Accepted(quotes.submit(request).quoteNumber());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return rejected(e);
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
        LOG.debugf("quote-service refused an RFQ: %s", problem);
        return new QuoteSubmission.Rejected(List.copyOf(fields), unmatched);
    }

    private Optional<Problem> readProblem(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null || body.isBlank() ? Optional.empty() : Optional.of(json.readValue(body, Problem.class));
        } catch (Exception unreadable) {
            LOG.warnf("quote-service answered 400 with an unreadable body: %s", unreadable.getMessage());
            return Optional.empty();
        }
    }
}
