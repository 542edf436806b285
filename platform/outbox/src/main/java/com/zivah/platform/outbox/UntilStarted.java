package com.zivah.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * The relay's one gate: closed until the application has started, and again once it stops (before that the messaging emitters are
 * not connected and the relay bean cannot even be created). The scheduled jobs skip while it is closed
 * ({@code skipExecutionIf}), and the relay asks it before each drain.
 */
@Singleton
public class UntilStarted implements Scheduled.SkipPredicate {

    private volatile boolean started;

    /**
     * After SmallRye Reactive Messaging has wired the channels (its StartupEvent observer runs at LIBRARY_BEFORE;
     * opening earlier let a poll reach a not yet connected emitter, SRMSG00019) and before the relay's own observer
     * (default priority, APPLICATION + 500).
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        started = true;
    }

    /** Closed again when the application stops: a poll during shutdown would meet a closed EntityManagerFactory. */
    void onStop(@Observes ShutdownEvent event) {
        started = false;
    }

    public boolean started() {
        return started;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
