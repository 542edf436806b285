package com.zivah.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Skips the relay's scheduled jobs until the application has started: before that the messaging
 * emitters are not connected and the relay bean cannot even be created.
 */
@Singleton
public class UntilStarted implements Scheduled.SkipPredicate {

    private volatile boolean started;

    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
