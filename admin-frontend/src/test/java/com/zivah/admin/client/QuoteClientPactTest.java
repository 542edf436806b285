package com.zivah.admin.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.function.Consumer;
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

    static final String PRICED = "quote ZQ-2026-000043 is priced and processing";
    static final String CONTACT_OPEN = "contact message ZM-2026-000001 is open";
    static final String JSON_BODY = "application/json(;\\s?charset=[\\w\\-]+)?";
    static final String PROBLEM_JSON = "application/problem\\+json(;\\s?charset=[\\w\\-]+)?";

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact filteredList(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.minArrayLike("items", 1)
                .stringMatcher("quoteNumber", NUMBER, "ZQ-2026-000042")
                .stringValue("status", "PENDING")
                .stringType("customerName", "Ana Beltrán")
                .stringType("customerEmail", "ana@importadorasol.es")
                .stringType("company", "Importadora Sol S.L.")
                .stringValue("country", "ES")
                .integerType("itemCount", 1)
                .stringMatcher("createdAt", ISO_INSTANT, "2026-12-01T09:30:00Z")
                .closeObject().closeArray();
        body.integerType("page", 0).integerType("size", 20).integerType("totalItems", 1).integerType("totalPages", 1);
        return builder.given(QUOTES_EXIST)
                .uponReceiving("the staff list filtered by status, country and text")
                .method("GET").path("/api/quotes")
                .query("status=PENDING&country=ES&q=Sol&sort=-createdAt&page=0&size=20")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact pendingQuote(PactDslWithProvider builder) {
        return builder.given(QUOTES_EXIST)
                .uponReceiving("a pending quote for staff")
                .method("GET").path("/api/quotes/ZQ-2026-000042")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(QuoteBodies.quote(false).object("proposed")
                        .stringMatcher("currency", "[A-Z]{3}", "EUR")
                        .stringMatcher("validUntil", "\\d{4}-\\d{2}-\\d{2}", "2026-12-31")
                        .closeObject())
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact pricedQuote(PactDslWithProvider builder) {
        return builder.given(PRICED)
                .uponReceiving("a priced quote for staff")
                .method("GET").path("/api/quotes/ZQ-2026-000043")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(QuoteBodies.quote(true))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact pricing(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody()
                .integerType("version", 0)
                .stringValue("currency", "EUR")
                .date("validUntil", "yyyy-MM-dd")
                .stringType("terms", "FOB Valencia")
                .stringType("adminNotes", "Cliente habitual")
                .decimalType("discountPercent", new BigDecimal("10.00"));
        request.array("items").object().numberValue("id", 1).decimalType("unitPrice", new BigDecimal("12.50")).closeObject()
                .closeArray();
        return builder.given(QUOTES_EXIST)
                .uponReceiving("staff's pricing of every line")
                .method("PUT").path("/api/quotes/ZQ-2026-000042/pricing")
                .matchHeader("Content-Type", JSON_BODY, "application/json")
                .body(request)
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(QuoteBodies.quote(true))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact negativePrice(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody().integerType("version", 0)
                .or("currency", "EUR", PM.stringMatcher("[A-Z]{3}", "EUR"), PM.nullValue())
                .or("validUntil", null, PM.date("yyyy-MM-dd"), PM.nullValue())
                .or("terms", null, PM.stringType(), PM.nullValue())
                .or("adminNotes", null, PM.stringType(), PM.nullValue())
                .or("discountPercent", null, PM.decimalType(), PM.nullValue());
        request.array("items").object().numberValue("id", 1).numberValue("unitPrice", -1).closeObject().closeArray();
        PactDslJsonBody problem = new PactDslJsonBody().integerType("status", 400);
        problem.array("errors").object().stringValue("field", "items[0].unitPrice")
                .stringType("message", "no debe ser negativo").closeObject().closeArray();
        return builder.given(QUOTES_EXIST)
                .uponReceiving("a negative unit price")
                .method("PUT").path("/api/quotes/ZQ-2026-000042/pricing")
                .matchHeader("Content-Type", JSON_BODY, "application/json")
                .matchHeader("Accept-Language", "es|en", "es")
                .body(request)
                .willRespondWith().status(400)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(problem)
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact startProcessing(PactDslWithProvider builder) {
        return builder.given(QUOTES_EXIST)
                .uponReceiving("starting to process a pending quote")
                .method("POST").path("/api/quotes/ZQ-2026-000042/transitions")
                .matchHeader("Content-Type", JSON_BODY, "application/json")
                .body(new PactDslJsonBody().stringValue("action", "START_PROCESSING").integerType("version", 0)
                        .nullValue("reason"))
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(new PactDslJsonBody().stringValue("status", "PROCESSING").integerType("version", 1))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact send(PactDslWithProvider builder) {
        return builder.given(PRICED)
                .uponReceiving("sending a priced quote")
                .method("POST").path("/api/quotes/ZQ-2026-000043/send")
                .matchHeader("Content-Type", JSON_BODY, "application/json")
                .body(new PactDslJsonBody().integerType("version", 1))
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(new PactDslJsonBody().stringValue("status", "SENT").integerType("version", 2))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact timeline(PactDslWithProvider builder) {
        return builder.given(QUOTES_EXIST)
                .uponReceiving("the timeline of a quote")
                .method("GET").path("/api/quotes/ZQ-2026-000042/timeline")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(PactDslJsonArray.arrayMinLike(1)
                        .stringMatcher("at", QuoteBodies.ISO_INSTANT, "2026-12-01T09:30:00Z")
                        .stringMatcher("kind", "[A-Z_]+", "SUBMITTED")
                        .stringType("summary", "RFQ submitted")
                        .object("details").closeObject()
                        .closeObject())
                .toPact();
    }

    /** The details the page writes each entry from, in its own language: a priced quote's history. */
    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact pricedTimeline(PactDslWithProvider builder) {
        PactDslJsonArray body = new PactDslJsonArray();
        entry(body, "2026-12-01T09:30:00Z", "SUBMITTED", details -> { });
        entry(body, "2026-12-01T10:00:00Z", "PRICED", details -> details
                .decimalType("total", new BigDecimal("13500.00"))
                .object("currency").stringValue("old", "USD").stringValue("new", "EUR").closeObject());
        entry(body, "2026-12-01T10:00:01Z", "STATUS_CHANGED", details -> details
                .stringValue("action", "START_PROCESSING").stringValue("from", "PENDING").stringValue("to", "PROCESSING"));
        entry(body, "2026-12-01T10:00:02Z", "NOTE_CHANGED", details -> { });
        return builder.given(PRICED)
                .uponReceiving("the timeline of a priced quote")
                .method("GET").path("/api/quotes/ZQ-2026-000043/timeline")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    /** Appends an entry (exact kind, typed summary) with the details {@code details} writes. */
    private static void entry(PactDslJsonArray timeline, String at, String kind, Consumer<PactDslJsonBody> details) {
        PactDslJsonBody entry = timeline.object().stringMatcher("at", QuoteBodies.ISO_INSTANT, at)
                .stringValue("kind", kind).stringType("summary", "English summary");
        PactDslJsonBody body = entry.object("details");
        details.accept(body);
        body.closeObject();
        entry.closeObject();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact contactMessages(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.minArrayLike("items", 1)
                .stringMatcher("reference", "ZM-\\d{4}-\\d{6,}", "ZM-2026-000001")
                .stringType("name", "Ana Beltrán")
                .stringType("email", "ana@importadorasol.es")
                .stringType("subject", "Envíos a Chile")
                .stringMatcher("createdAt", QuoteBodies.ISO_INSTANT, "2026-12-01T09:30:00Z")
                .booleanValue("handled", false)
                .closeObject().closeArray();
        body.integerType("page", 0).integerType("size", 20).integerType("totalItems", 1).integerType("totalPages", 1);
        return builder.given(CONTACT_OPEN)
                .uponReceiving("the open contact messages")
                .method("GET").path("/api/contact-messages")
                .query("handled=false&page=0&size=20")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact contactMessage(PactDslWithProvider builder) {
        return builder.given(CONTACT_OPEN)
                .uponReceiving("an open contact message")
                .method("GET").path("/api/contact-messages/ZM-2026-000001")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(contact(false))
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact markHandled(PactDslWithProvider builder) {
        return builder.given(CONTACT_OPEN)
                .uponReceiving("marking a contact message handled")
                .method("POST").path("/api/contact-messages/ZM-2026-000001/handled")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(contact(true))
                .toPact();
    }

    private static PactDslJsonBody contact(boolean handled) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringMatcher("reference", "ZM-\\d{4}-\\d{6,}", "ZM-2026-000001")
                .stringType("name", "Ana Beltrán")
                .stringType("email", "ana@importadorasol.es")
                .stringType("subject", "Envíos a Chile")
                .stringType("message", "¿Envían café verde a Valparaíso?")
                .stringMatcher("locale", "es|en", "es")
                .stringMatcher("createdAt", QuoteBodies.ISO_INSTANT, "2026-12-01T09:30:00Z")
                .booleanValue("handled", handled);
        if (handled) {
            body.stringMatcher("handledAt", QuoteBodies.ISO_INSTANT, "2026-12-01T10:00:00Z").stringType("handledBy",
                    "manager");
        }
        return body;
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

    @Test
    @PactTestFor(pactMethod = "filteredList")
    void theListFiltersByStatusCountryAndText(MockServer server) {
        assertEquals("ES", client(server).quotes("PENDING", null, "ES", null, null, "Sol", "-createdAt", 0, 20)
                .items().get(0).country());
    }

    @Test
    @PactTestFor(pactMethod = "pendingQuote")
    void aPendingQuoteHasItsLinesUnpriced(MockServer server) {
        QuoteDetail quote = client(server).quote("ZQ-2026-000042");
        assertEquals("PENDING", quote.status());
        assertEquals(null, quote.items().get(0).quotedUnitPrice());
        assertEquals(java.util.List.of("START_PROCESSING", "CANCEL"), quote.allowedActions());
        assertEquals(null, quote.validUntil());
        assertEquals(java.time.LocalDate.parse("2026-12-31"), quote.proposed().validUntil());
        assertEquals("EUR", quote.proposed().currency());
    }

    @Test
    @PactTestFor(pactMethod = "pricedQuote")
    void aPricedQuoteHasExactTotals(MockServer server) {
        QuoteDetail quote = client(server).quote("ZQ-2026-000043");
        assertEquals(0, new BigDecimal("13500.00").compareTo(quote.total()));
        assertTrue(quote.allows("SEND"));
    }

    @Test
    @PactTestFor(pactMethod = "pricing")
    void pricingSendsEveryLine(MockServer server) {
        QuoteDetail quote = client(server).price("ZQ-2026-000042", new PricingRequest(0, "EUR",
                LocalDate.now().plusDays(30), "FOB Valencia", "Cliente habitual", new BigDecimal("10.00"),
                java.util.List.of(new PricingRequest.ItemPrice(1, new BigDecimal("12.50")))));
        assertEquals("PROCESSING", quote.status());
    }

    @Test
    @PactTestFor(pactMethod = "negativePrice")
    void aRefusedPriceNamesTheLine(MockServer server) {
        jakarta.ws.rs.WebApplicationException refused = org.junit.jupiter.api.Assertions.assertThrows(
                jakarta.ws.rs.WebApplicationException.class, () -> client(server).price("ZQ-2026-000042",
                        new PricingRequest(0, null, null, null, null, null, java.util.List.of(
                                new PricingRequest.ItemPrice(1, new BigDecimal("-1"))))));
        assertEquals(400, refused.getResponse().getStatus());
        String problem = refused.getResponse().readEntity(String.class);
        assertTrue(problem.contains("items[0].unitPrice") && problem.contains("no debe ser negativo"), problem);
    }

    @Test
    @PactTestFor(pactMethod = "startProcessing")
    void startProcessingAnswersTheNewStatus(MockServer server) {
        assertEquals("PROCESSING", client(server).transition("ZQ-2026-000042",
                new TransitionRequest("START_PROCESSING", 0, null)).status());
    }

    @Test
    @PactTestFor(pactMethod = "send")
    void sendingAnswersSent(MockServer server) {
        assertEquals("SENT", client(server).send("ZQ-2026-000043", new SendRequest(1)).status());
    }

    @Test
    @PactTestFor(pactMethod = "timeline")
    void theTimelineIsOldestFirst(MockServer server) {
        assertEquals("SUBMITTED", client(server).timeline("ZQ-2026-000042").get(0).kind());
    }

    @Test
    @PactTestFor(pactMethod = "pricedTimeline")
    void theTimelineCarriesTheDetailsThePageWritesFrom(MockServer server) {
        var timeline = client(server).timeline("ZQ-2026-000043");
        assertEquals("PRICED", timeline.get(1).kind());
        assertEquals(0, new BigDecimal("13500").compareTo(timeline.get(1).amount("total")));
        assertEquals("PROCESSING", timeline.get(2).text("to"));
    }

    @Test
    @PactTestFor(pactMethod = "contactMessages")
    void openContactMessages(MockServer server) {
        assertEquals("ZM-2026-000001", client(server).contactMessages("false", 0, 20).items().get(0).reference());
    }

    @Test
    @PactTestFor(pactMethod = "contactMessage")
    void oneContactMessage(MockServer server) {
        assertEquals("¿Envían café verde a Valparaíso?", client(server).contactMessage("ZM-2026-000001").message());
    }

    @Test
    @PactTestFor(pactMethod = "markHandled")
    void markingHandled(MockServer server) {
        assertTrue(client(server).markHandled("ZM-2026-000001").handled());
    }

    private static QuoteClient client(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(QuoteClient.class);
    }
}
