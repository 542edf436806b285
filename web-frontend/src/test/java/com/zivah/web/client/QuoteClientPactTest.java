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
 * web-frontend's calls to quote-service as Pact interactions: POST /api/quotes with the quote cart's lines (each with
 * an optional note), the form's Idempotency-Key and an ISO country code (optional fields null when left blank), the
 * 201 with the real number format (and its below-minimum-order warning), the 400 problems the form shows next to its
 * fields (platform-web's ProblemMapper: {@code errors[].field} as the JSON path); POST /api/contact-messages.
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

    /** quote-service's rule for the header (the site sends a UUID). */
    static final String IDEMPOTENCY_KEY = "[A-Za-z0-9_-]{16,100}";
    /** One key per interaction: the provider replays a key it has seen with the same body, refuses another body (422). */
    static final String KEY_EXAMPLE = "8f14e45f-ceea-467f-a0e6-1a2b3c4d5e6f";
    static final String KEY_TOO_MUCH = "2c9a1e7b-5d3f-4a8e-9b6c-0d1e2f3a4b5c";
    static final String KEY_WITHDRAWN = "7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918";
    static final String KEY_BELOW_MINIMUM = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    static final String KEY_CONTACT = "f0e1d2c3-b4a5-4697-8877-665544332211";
    static final String BELOW_MINIMUM = "product 103 is on sale with a minimum order of 1000";

    /**
     * The RFQ body: the cart's lines (one or more, each with an optional note) unless an exact single line is given
     * (the interaction depends on it), the customer with an ISO country code or none.
     */
    private static PactDslJsonBody rfq(Long exactProductId, Integer exactQuantity) {
        return rfq(exactProductId == null ? 101L : exactProductId, exactProductId != null, exactQuantity);
    }

    private static PactDslJsonBody rfq(long exampleProductId, boolean exactProductId, Integer exactQuantity) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.object("customer")
                .stringType("name", "Ana Beltrán")
                .stringMatcher("email", EMAIL, "ana@importadorasol.es")
                .or("phone", "+34 600 123 456", PM.stringType(), PM.nullValue())
                .or("company", "Importadora Sol S.L.", PM.stringType(), PM.nullValue())
                .or("country", "ES", PM.stringMatcher("[A-Z]{2}", "ES"), PM.nullValue())
                .closeObject();
        body.stringMatcher("locale", "es|en", "es");
        body.or("message", "Entrega CIF Valencia", PM.stringType(), PM.nullValue());
        PactDslJsonBody item = !exactProductId && exactQuantity == null
                ? body.minArrayLike("items", 1)
                : body.array("items").object();
        if (exactProductId) {
            item.numberValue("productId", exampleProductId);
        } else {
            item.integerType("productId", exampleProductId);
        }
        if (exactQuantity == null) {
            item.integerType("quantity", 1200);
        } else {
            item.numberValue("quantity", exactQuantity);
        }
        item.or("note", "Sacos de yute de 60 kg", PM.stringType(), PM.nullValue());
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
                .uponReceiving("an RFQ of the quote cart, with an idempotency key and notes")
                .method("POST").path("/api/quotes")
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, KEY_EXAMPLE)
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
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, KEY_TOO_MUCH)
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
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, KEY_WITHDRAWN)
                .body(rfq(102L, null))
                .willRespondWith().status(400)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(problem("items[0].productId", "is no longer available"))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact belowTheMinimumOrder(PactDslWithProvider builder) {
        PactDslJsonBody created = new PactDslJsonBody()
                .stringMatcher("quoteNumber", "ZQ-\\d{4}-\\d{6,}", "ZQ-2026-000043");
        created.minArrayLike("warnings", 1)
                .stringValue("field", "items[0].quantity")
                .stringValue("code", "BELOW_MINIMUM_ORDER")
                .integerType("minimumOrder", 1000)
                .closeObject().closeArray();
        return builder.given(BELOW_MINIMUM)
                .uponReceiving("an RFQ below the product's minimum order")
                .method("POST").path("/api/quotes")
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, KEY_BELOW_MINIMUM)
                .body(rfq(103L, false, 10))
                .willRespondWith().status(201)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(created)
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact contactMessage(PactDslWithProvider builder) {
        PactDslJsonBody message = new PactDslJsonBody()
                .stringType("name", "Ana Beltrán")
                .stringMatcher("email", EMAIL, "ana@importadorasol.es")
                .or("phone", "+34 600 123 456", PM.stringType(), PM.nullValue())
                .or("company", "Importadora Sol S.L.", PM.stringType(), PM.nullValue())
                .stringType("subject", "Envíos a Chile")
                .stringType("message", "¿Envían café verde a Valparaíso?")
                .stringMatcher("locale", "es|en", "es");
        return builder
                .uponReceiving("a contact message with an idempotency key")
                .method("POST").path("/api/contact-messages")
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, KEY_CONTACT)
                .body(message)
                .willRespondWith().status(201)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(new PactDslJsonBody().stringMatcher("reference", "ZM-\\d{4}-\\d{6,}", "ZM-2026-000001"))
                .toPact();
    }

    private static QuoteClient client(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(QuoteClient.class);
    }

    private static QuoteRequest request(long productId, int quantity) {
        return new QuoteRequest(new QuoteRequest.Customer("Ana Beltrán", "ana@importadorasol.es", null, null, null),
                "es", null, List.of(new QuoteRequest.Item(productId, quantity, null)));
    }

    @Test
    @PactTestFor(pactMethod = "submitted")
    void anAcceptedRfqGivesTheQuoteNumber(MockServer server) {
        QuoteRequest cart = new QuoteRequest(
                new QuoteRequest.Customer("Ana Beltrán", "ana@importadorasol.es", "+34 600 123 456", null, "ES"),
                "es", "Entrega CIF Valencia", List.of(new QuoteRequest.Item(101, 1200, "Sacos de yute de 60 kg"),
                        new QuoteRequest.Item(777, 1000, null)));
        assertEquals("ZQ-2026-000042", client(server).submit(KEY_EXAMPLE, cart).quoteNumber());
    }

    @Test
    @PactTestFor(pactMethod = "belowTheMinimumOrder")
    void belowTheMinimumOrderIsAcceptedWithAWarning(MockServer server) {
        QuoteCreated created = client(server).submit(KEY_BELOW_MINIMUM, request(103, 10));
        assertEquals("ZQ-2026-000043", created.quoteNumber());
        assertEquals(List.of(new QuoteCreated.Warning("items[0].quantity", "BELOW_MINIMUM_ORDER", 1000)),
                created.warnings());
    }

    @Test
    @PactTestFor(pactMethod = "contactMessage")
    void aContactMessageGivesItsReference(MockServer server) {
        ContactCreated created = client(server).contact(KEY_CONTACT, new ContactRequest("Ana Beltrán",
                "ana@importadorasol.es", null, null, "Envíos a Chile", "¿Envían café verde a Valparaíso?", "es"));
        assertEquals("ZM-2026-000001", created.reference());
    }

    @Test
    @PactTestFor(pactMethod = "quantityAboveTheMaximum")
    void aRefusedQuantityIsNamedByItsPath(MockServer server) throws Exception {
        assertEquals("items[0].quantity",
                refusedField(() -> client(server).submit(KEY_TOO_MUCH, request(101, 2_000_000))));
    }

    @Test
    @PactTestFor(pactMethod = "withdrawnProduct")
    void aWithdrawnProductIsNamedByItsPath(MockServer server) throws Exception {
        assertEquals("items[0].productId",
                refusedField(() -> client(server).submit(KEY_WITHDRAWN, request(102, 1200))));
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable call) throws Exception {
        WebApplicationException refused = assertThrows(WebApplicationException.class, call);
        assertEquals(400, refused.getResponse().getStatus());
        JsonNode problem = new ObjectMapper().readTree(refused.getResponse().readEntity(String.class));
        return problem.path("errors").path(0).path("field").asText();
    }
}
