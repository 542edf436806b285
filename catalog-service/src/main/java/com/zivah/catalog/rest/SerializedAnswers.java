package com.zivah.catalog.rest;

import com.zivah.catalog.service.PublicReadCache;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A public read answered from {@link PublicReadCache} goes out as the JSON written when it was first served, instead
 * of being serialised again for every request (the same mapper wrote it: the bytes are what Jackson would write).
 */
public class SerializedAnswers {

    private final PublicReadCache cache;

    public SerializedAnswers(PublicReadCache cache) {
        this.cache = cache;
    }

    @ServerResponseFilter
    public void reuseJson(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || response.getStatus() != 200) {
            return;
        }
        byte[] json = cache.serializedOrNull(entity);
        if (json != null) {
            response.setEntity(json, null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
