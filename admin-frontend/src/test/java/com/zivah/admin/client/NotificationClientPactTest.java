package com.zivah.admin.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import com.zivah.admin.client.logs.DeliveryClient;
import com.zivah.admin.support.Contracts;
import com.zivah.admin.support.FakeUpstreamsResource;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * admin-frontend's calls to notification-service: the mail deliveries of a quote (its timeline), and the deliveries
 * page's requests (the FAILED filter, the unfiltered log, the resend of one mail) exactly as that page sends them.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@ExtendWith({Contracts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = Contracts.NOTIFICATION, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class NotificationClientPactTest {

    static final String JSON_TYPE = "application/json(;\\s?charset=[\\w\\-]+)?";
    static final String SENT_MAIL = "the quote ZQ-2026-000042 was sent and its mail delivered";
    static final String ONE_FAILED = "delivery 7 failed and delivery 8 was sent";
    static final String DELIVERIES = "/api/notifications/deliveries";
    static final int PAGE_SIZE = com.zivah.admin.service.logs.DeliveryLogService.PAGE_SIZE;

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact deliveriesOfAQuote(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.minArrayLike("items", 1)
                .integerType("id", 7)
                .stringMatcher("kind", "[A-Z_]+", "QUOTE_SENT")
                .stringMatcher("quoteNumber", QuoteBodies.NUMBER, "ZQ-2026-000042")
                .stringType("recipient", "ana@importadorasol.es")
                .stringMatcher("status", "[A-Z_]+", "SENT")
                .integerType("attempts", 1)
                .stringMatcher("createdAt", QuoteBodies.ISO_INSTANT, "2026-12-01T10:00:00Z")
                .or("sentAt", "2026-12-01T10:00:02Z", PM.stringMatcher(QuoteBodies.ISO_INSTANT, "2026-12-01T10:00:02Z"),
                        PM.nullValue())
                .or("attachmentName", "ZQ-2026-000042-v1.pdf", PM.stringType(), PM.nullValue())
                .closeObject().closeArray();
        body.integerType("page", 0).integerType("size", 50).integerType("totalItems", 1).integerType("totalPages", 1);
        return builder.given(SENT_MAIL)
                .uponReceiving("the mail deliveries of a quote")
                .method("GET").path("/api/notifications/deliveries")
                .query("page=0&size=50")
                .matchQuery("quoteNumber", QuoteBodies.NUMBER, "ZQ-2026-000042")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deliveriesOfAQuote")
    void theQuotesMailsWithStatusAndAttempts(MockServer server) {
        Delivery mail = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl()))
                .build(NotificationClient.class).deliveries("ZQ-2026-000042", 0, 50).items().get(0);
        assertEquals("QUOTE_SENT", mail.kind());
        assertEquals("SENT", mail.status());
        assertEquals(1, mail.attempts());
    }

    /** The FAILED delivery 7 as the deliveries page reads it (its error and attempts). */
    static PactDslJsonBody failedMail(PactDslJsonBody item) {
        return item.integerType("id", 7)
                .stringMatcher("kind", "[A-Z_]+", "QUOTE_CONFIRMATION")
                .stringMatcher("quoteNumber", QuoteBodies.NUMBER, "ZQ-2026-000042")
                .stringType("recipient", "ana@importadorasol.es")
                .stringType("subject", "Hemos recibido su solicitud ZQ-2026-000042")
                .stringValue("status", "FAILED")
                .integerType("attempts", 3)
                .stringType("lastError", "550 5.1.1 mailbox unavailable")
                .stringMatcher("createdAt", QuoteBodies.ISO_INSTANT, "2026-12-01T11:00:00Z");
    }

    static PactDslJsonBody pageOf(PactDslJsonBody body, int items) {
        return body.integerType("page", 0).integerType("size", PAGE_SIZE).integerType("totalItems", items)
                .integerType("totalPages", 1);
    }

    /** The deliveries page's first page as it asks for it ({@code filters}: its query parameters before the paging). */
    static RequestResponsePact firstPage(PactDslWithProvider builder, String description, String filters,
                                         PactDslJsonBody body) {
        return builder.given(ONE_FAILED)
                .uponReceiving(description)
                .method("GET").path(DELIVERIES)
                .query(filters + "page=0&size=" + PAGE_SIZE)
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact failedDeliveries(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        failedMail(body.minArrayLike("items", 1)).closeObject().closeArray();
        return firstPage(builder, "the failed mail deliveries, first page of the deliveries page",
                "status=FAILED&", pageOf(body, 1));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact allDeliveries(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        PactDslJsonBody failed = failedMail(body.array("items").object());
        failed.closeObject().asArray().object()
                .integerType("id", 8)
                .stringMatcher("kind", "[A-Z_]+", "QUOTE_SENT")
                .stringMatcher("quoteNumber", QuoteBodies.NUMBER, "ZQ-2026-000043")
                .stringType("recipient", "luis@cafesdelsur.es")
                .stringType("subject", "Su cotización ZQ-2026-000043")
                .stringValue("status", "SENT")
                .integerType("attempts", 1)
                .stringMatcher("createdAt", QuoteBodies.ISO_INSTANT, "2026-12-01T10:00:00Z")
                .stringType("attachmentName", "ZQ-2026-000043-v1.pdf")
                .closeObject().closeArray();
        return firstPage(builder, "the mail deliveries unfiltered, first page of the deliveries page (newest first)",
                "", pageOf(body, 2));
    }

    @Pact(consumer = Contracts.CONSUMER)
    RequestResponsePact resendAFailedMail(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody()
                .integerType("id", 7)
                .stringValue("status", "PENDING")
                .integerType("attempts", 3);
        return builder.given(ONE_FAILED)
                .uponReceiving("the resend of the failed delivery 7")
                .method("POST").path(DELIVERIES + "/7/resend")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON_TYPE, "application/json")
                .body(body)
                .toPact();
    }

    static DeliveryClient deliveryClient(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(DeliveryClient.class);
    }

    @Test
    @PactTestFor(pactMethod = "failedDeliveries")
    void theFailedMailsWithTheirError(MockServer server) {
        com.zivah.admin.client.logs.Delivery mail = deliveryClient(server)
                .list("FAILED", null, null, null, null, null, 0, PAGE_SIZE).items().get(0);
        assertEquals("FAILED", mail.status());
        assertEquals(3, mail.attempts());
        assertEquals("550 5.1.1 mailbox unavailable", mail.lastError());
    }

    @Test
    @PactTestFor(pactMethod = "allDeliveries")
    void theLogNewestFirstWithASentAndAFailedMail(MockServer server) {
        Page<com.zivah.admin.client.logs.Delivery> page = deliveryClient(server)
                .list(null, null, null, null, null, null, 0, PAGE_SIZE);
        assertEquals(2, page.items().size());
        assertEquals("FAILED", page.items().get(0).status());
        assertEquals("SENT", page.items().get(1).status());
        assertEquals("ZQ-2026-000043-v1.pdf", page.items().get(1).attachmentName());
    }

    @Test
    @PactTestFor(pactMethod = "resendAFailedMail")
    void theResentMailIsPendingAgain(MockServer server) {
        assertEquals("PENDING", deliveryClient(server).resend(7).status());
    }
}
