package com.zivah.platform.requestid;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.MDC;

/**
 * Forwards the current request id on an outgoing REST call, so the callee's log lines carry the caller's id:
 * {@code @RegisterClientHeaders(RequestIdHeaders.class)} on every REST client interface.
 */
public class RequestIdHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        Object id = MDC.get(RequestIds.MDC_KEY);
        if (id != null) {
            headers.putSingle(RequestIds.HEADER, id.toString());
        }
        return headers;
    }
}
