package com.zivah.admin.rest;

import com.zivah.admin.service.LiveQuotes;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;

/**
 * {@code GET /admin/events}: server-sent events for open dashboards (staff only): {@code quote-submitted} (data: the
 * quote number) for each new RFQ, and a comment every 15 s so proxies (the gateway's 30 s idle timeout) keep the
 * stream open. The browser's EventSource reconnects by itself after any cut.
 */
@Path("/admin/events")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
public class EventsResource {

    static final String SUBMITTED = "quote-submitted";
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final LiveQuotes live;

    public EventsResource(LiveQuotes live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        Multi<OutboundSseEvent> quotes = live.stream()
                .map(number -> sse.newEventBuilder().name(SUBMITTED).data(number).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(quotes, keepAlive);
    }
}
