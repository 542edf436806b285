package com.zivah.web.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.web.client.Problem;
import com.zivah.web.client.QuoteClient;
import com.zivah.web.client.QuoteRequest;
import com.zivah.web.i18n.Language;
import com.zivah.web.mapping.ProblemFieldMapper;
import com.zivah.web.rest.RfqForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Sends a validated RFQ form to quote-service and interprets its answer. */
@ApplicationScoped
public class QuoteService {

    static final String SERVICE = "quote-service";
    private static final Logger LOG = Logger.getLogger(QuoteService.class);

    @Inject
    @RestClient
    QuoteClient quotes;

    @Inject
    ObjectMapper json;

    public QuoteSubmission submit(RfqForm form, Language language) {
        QuoteRequest request = new QuoteRequest(
                new QuoteRequest.Customer(form.name.trim(), form.email.trim(), emptyToNull(form.phone),
                        emptyToNull(form.company), emptyToNull(form.country)),
                language.tag(),
                emptyToNull(form.message),
                List.of(new QuoteRequest.Item(form.productIdValue(), form.quantityValue())));
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

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
