package com.zivah.web.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.web.support.Contracts;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * web-frontend's one call to quote-service, POST /api/quotes, as Pact interactions: the RFQ the form sends (one
 * product, optional fields null when left blank), the 201 with the real number format, and the 400 problems the
 * form shows next to its fields (platform-web's ProblemMapper: {@code errors[].field} as the JSON path).
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@ExtendWith({Contracts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = Contracts.QUOTE, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class QuoteClientPactTest {

    static final String ON_SALE = "product 101 is on sale";
    static final String WITHDRAWN = "product 102 has been withdrawn";
    static final String JSON_TYPE = "application/json(;\\s?charset=[\\w\\-]+)?";
    static final String PROBLEM_JSON = "application/problem\\+json(;\\s?charset=[\\w\\-]+)?";
    /** quote-service's (and the form's) email rule. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /**
     * The RFQ body. {@code productId} and {@code quantity} are given exactly when the interaction depends on them
     * (null), by type otherwise.
     */
    private static PactDslJsonBody rfq(Long exactProductId, Integer exactQuantity) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.object("customer")
                .stringType("name", "Ana Beltrán")
                .stringMatcher("email", EMAIL, "ana@importadorasol.es")
                .or("phone", "+34 600 123 456", PM.stringType(), PM.nullValue())
                .or("company", "Importadora Sol S.L.", PM.stringType(), PM.nullValue())
                .or("country", "España", PM.stringType(), PM.nullValue())
                .closeObject();
        body.stringMatcher("locale", "es|en", "es");
        body.or("message", "Entrega CIF Valencia", PM.stringType(), PM.nullValue());
        PactDslJsonBody item = body.array("items").object();
        if (exactProductId == null) {
            item.integerType("productId", 101L);
        } else {
            item.numberValue("productId", exactProductId);
        }
        if (exactQuantity == null) {
            item.integerType("quantity", 1200);
        } else {
            item.numberValue("quantity", exactQuantity);
        }
        item.closeObject().closeArray();
        return body;
    }

    private static PactDslJsonBody problem(String field, String message) {
        PactDslJsonBody problem = new PactDslJsonBody().integerType("status", 400);
        problem.array("errors").object().stringValue("field", field).stringType("message", message)
                .closeObject().closeArray();
        return problem;
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact submitted(PactDslWithProvider builder) {
        return builder.given(ON_SALE)
                .uponReceiving("an RFQ for a product on sale")
                .method("POST").path("/api/quotes")
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(rfq(null, null))
                .willRespondWith().status(201)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(new PactDslJsonBody().stringMatcher("quoteNumber", "ZQ-\\d{4}-\\d{6,}", "ZQ-2026-000042"))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact quantityAboveTheMaximum(PactDslWithProvider builder) {
        return builder.given(ON_SALE)
                .uponReceiving("an RFQ for more than the maximum quantity")
                .method("POST").path("/api/quotes")
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(rfq(null, 2_000_000))
                .willRespondWith().status(400)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(problem("items[0].quantity", "must be between 1 and 1000000"))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact withdrawnProduct(PactDslWithProvider builder) {
        return builder.given(WITHDRAWN)
                .uponReceiving("an RFQ for a withdrawn product")
                .method("POST").path("/api/quotes")
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(rfq(102L, null))
                .willRespondWith().status(400)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(problem("items[0].productId", "is no longer available"))
                .toPact();
    }

    private static QuoteClient client(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(QuoteClient.class);
    }

    private static QuoteRequest request(long productId, int quantity) {
        return new QuoteRequest(new QuoteRequest.Customer("Ana Beltrán", "ana@importadorasol.es", null, null, null),
                "es", null, List.of(new QuoteRequest.Item(productId, quantity)));
    }

    @Test
    @PactTestFor(pactMethod = "submitted")
    void anAcceptedRfqGivesTheQuoteNumber(MockServer server) {
        assertEquals("ZQ-2026-000042", client(server).submit(request(101, 1200)).quoteNumber());
    }

    @Test
    @PactTestFor(pactMethod = "quantityAboveTheMaximum")
    void aRefusedQuantityIsNamedByItsPath(MockServer server) throws Exception {
        assertEquals("items[0].quantity", refusedField(() -> client(server).submit(request(101, 2_000_000))));
    }

    @Test
    @PactTestFor(pactMethod = "withdrawnProduct")
    void aWithdrawnProductIsNamedByItsPath(MockServer server) throws Exception {
        assertEquals("items[0].productId", refusedField(() -> client(server).submit(request(102, 1200))));
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable call) throws Exception {
        WebApplicationException refused = assertThrows(WebApplicationException.class, call);
        assertEquals(400, refused.getResponse().getStatus());
        JsonNode problem = new ObjectMapper().readTree(refused.getResponse().readEntity(String.class));
        return problem.path("errors").path(0).path("field").asText();
    }
}
