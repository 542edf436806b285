package com.zivah.web.client;

import com.zivah.platform.requestid.RequestIdHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quote-service's public intake: RFQs and contact messages, each with the form's {@code Idempotency-Key} (the same
 * key and body again give the first answer back, never a second record). A 4xx answer surfaces as a
 * WebApplicationException carrying the problem body.
 * The contract: {@code docs/contracts/web-frontend-quote-service.json} (written by {@code QuoteClientPactTest}).
 */
@RegisterRestClient(configKey = "quote")
@RegisterClientHeaders(RequestIdHeaders.class)
@Path("/api")
public interface QuoteClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST
    @Path("/quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    QuoteCreated submit(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, QuoteRequest request);

    @POST
    @Path("/contact-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    ContactCreated contact(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, ContactRequest request);
}
