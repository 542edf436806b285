package com.zivah.quote.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** States at startup whether this instance relays the outbox, so an operator can tell from the log. */
@ApplicationScoped
public class OutboxStartupLog {

    private static final Logger LOG = Logger.getLogger(OutboxStartupLog.class);

    void onStart(@Observes StartupEvent event, OutboxSwitches outbox) {
        LOG.infof("Outbox relay %s (poll every %s)", outbox.enabled() ? "enabled" : "DISABLED", outbox.pollInterval());
    }
}
