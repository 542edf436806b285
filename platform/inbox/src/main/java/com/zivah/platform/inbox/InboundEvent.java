package com.zivah.platform.inbox;

import com.zivah.platform.requestid.RequestIds;
import org.jboss.logging.MDC;

/**
 * An event read by {@link EventReader}, with the request id of its record in the log MDC until {@link #close()}:
 * {@code try (InboundEvent<X> in = events.read(record, X.class)) { ... in.event() ... }}.
 */
public record InboundEvent<T>(T event, String requestId) implements AutoCloseable {

    @Override
    public void close() {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
