package com.zivah.admin.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.zivah.admin.support.Contracts;
import com.zivah.admin.support.FakeUpstreamsResource;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * admin-frontend's calls to quote-service's staff API as Pact interactions (the client pattern's test: copy it for a
 * new client). Requests carry the staff member's bearer token in reality; the provider verification supplies a real
 * staff token itself, so the contract does not pin the header.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@ExtendWith({Contracts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = Contracts.QUOTE, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class QuoteClientPactTest {

    static final String JSON_TYPE = "application/json(;\\s?charset=[\\w\\-]+)?";
    static final String QUOTES_EXIST = "quote ZQ-2026-000042 is pending";
    static final String NUMBER = "ZQ-\\d{4}-\\d{6,}";
    static final String STATUS = "PENDING|PROCESSING|SENT|CLOSED|CANCELLED";
    static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact statistics(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.integerType("totalQuotes", 1);
        body.object("byStatus")
                .integerType("PENDING", 1).integerType("PROCESSING", 0).integerType("SENT", 0)
                .integerType("CLOSED", 0).integerType("CANCELLED", 0)
                .closeObject();
        body.minArrayLike("perDay", 1)
                .date("date", "yyyy-MM-dd")
                .integerType("quotes", 1)
                .closeObject().closeArray();
        body.eachLike("topProducts")
                .integerType("productId", 101)
                .stringType("sku", "CAF-ARA-G1")
                .stringType("productName", "Café verde arábica grado 1")
                .integerType("quotes", 1)
                .integerType("totalQuantity", 1200)
                .closeObject().closeArray();
        body.integerType("respondedQuotes", 0);
        return builder.given(QUOTES_EXIST)
                .uponReceiving("the staff statistics of quotes")
                .method("GET").path("/api/quotes/statistics")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact recentQuotes(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.minArrayLike("items", 1)
                .stringMatcher("quoteNumber", NUMBER, "ZQ-2026-000042")
                .stringMatcher("status", STATUS, "PENDING")
                .stringType("customerName", "Ana Beltrán")
                .stringType("customerEmail", "ana@importadorasol.es")
                .stringType("company", "Importadora Sol S.L.")
                .stringMatcher("country", "[A-Z]{2}", "ES")
                .stringMatcher("locale", "es|en", "es")
                .integerType("itemCount", 1)
                .stringMatcher("createdAt", ISO_INSTANT, "2026-12-01T09:30:00Z")
                .closeObject().closeArray();
        body.integerType("page", 0).integerType("size", 8).integerType("totalItems", 1).integerType("totalPages", 1);
        return builder.given(QUOTES_EXIST)
                .uponReceiving("the newest quotes for the dashboard")
                .method("GET").path("/api/quotes")
                .query("sort=-createdAt&page=0&size=8")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "statistics")
    void statisticsGiveCountsPerStatusAndDay(MockServer server) {
        QuoteStatistics stats = client(server).statistics();
        assertEquals(1L, stats.byStatus().get("PENDING"));
        assertNotNull(stats.perDay().get(0).date());
        assertEquals("Café verde arábica grado 1", stats.topProducts().get(0).productName());
    }

    @Test
    @PactTestFor(pactMethod = "recentQuotes")
    void recentQuotesAreAPageOfSummaries(MockServer server) {
        Page<QuoteSummary> page = client(server).quotes(null, null, null, null, null, null, "-createdAt", 0, 8);
        assertEquals("ZQ-2026-000042", page.items().get(0).quoteNumber());
        assertEquals("PENDING", page.items().get(0).status());
    }

    private static QuoteClient client(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(QuoteClient.class);
    }
}
