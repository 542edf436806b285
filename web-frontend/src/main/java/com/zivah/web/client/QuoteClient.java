package com.zivah.web.client;

import com.zivah.platform.requestid.RequestIdHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quote-service's public RFQ intake. A 4xx answer surfaces as a WebApplicationException carrying the problem body.
 * The contract: {@code docs/contracts/web-frontend-quote-service.json} (written by {@code QuoteClientPactTest}).
 */
@RegisterRestClient(configKey = "quote")
@RegisterClientHeaders(RequestIdHeaders.class)
@Path("/api/quotes")
public interface QuoteClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    QuoteCreated submit(QuoteRequest request);
}
