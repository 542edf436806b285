package com.zivah.web.client;

import com.zivah.web.rest.RequestIds;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.MDC;

/** Forwards the request id of the page being rendered to catalog and quote, so their logs line up with ours. */
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
