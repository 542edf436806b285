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
import com.zivah.admin.support.Contracts;
import com.zivah.admin.support.FakeUpstreamsResource;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** admin-frontend's calls to notification-service: the mail deliveries of a quote (its timeline). */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@ExtendWith({Contracts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = Contracts.NOTIFICATION, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class NotificationClientPactTest {

    static final String JSON_TYPE = "application/json(;\\s?charset=[\\w\\-]+)?";
    static final String SENT_MAIL = "the quote ZQ-2026-000042 was sent and its mail delivered";

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
}
