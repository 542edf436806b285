package com.zivah.platform.outbox;

import com.zivah.platform.requestid.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka through the {@code outbox} channel (the topic comes from each row).
 * Runs right after each commit that enqueued something and on a poll, so rows from crashed instances
 * and failed attempts are picked up. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of replicas can relay at once. A row is marked published only after Kafka acknowledged it;
 * failures back off exponentially. Delivery is at-least-once: consumers deduplicate by event id.
 * Enabled in a service with the build property {@code zivah.outbox.enabled=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = "zivah.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final OutboxConfig config;
    private final ManagedExecutor executor;
    private final Counter published;
    private final Counter failed;
    private final UntilStarted gate;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean dirty = new AtomicBoolean();

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager em, OutboxConfig config,
                       ManagedExecutor executor, MeterRegistry registry, UntilStarted gate) {
        this.gate = gate;
        this.emitter = emitter;
        this.em = em;
        this.config = config;
        this.executor = executor;
        this.published = registry.counter("zivah.outbox.published");
        this.failed = registry.counter("zivah.outbox.failed");
    }

    /** Publishes what earlier runs left; {@link UntilStarted} has opened the gate by then (it observes first). */
    void onStart(@Observes StartupEvent event) {
        requestDrain();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxEnqueued event) {
        requestDrain();
    }

    @Scheduled(every = "${zivah.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilStarted.class)
    void poll() {
        requestDrain();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilStarted.class)
    void purgePublished() {
        Instant before = Instant.now().minus(config.retention());
        long deleted = QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.delete("publishedAt < ?1", before));
        if (deleted > 0) {
            LOG.debugf("Purged %d published outbox rows", deleted);
        }
    }

    /** Coalesces concurrent triggers into one drain loop per instance. */
    void requestDrain() {
        if (!gate.started()) {
            return; // emitters are connected once the application has started; publishing before that fails
        }
        dirty.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drainWhileDirty);
        }
    }

    private void drainWhileDirty() {
        try {
            while (dirty.getAndSet(false)) {
                int sent;
                do {
                    sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
                } while (sent == config.batchSize());
            }
        } catch (RuntimeException e) {
            if (gate.started()) {
                LOG.warnf("Outbox relay pass failed, will retry on the next poll: %s", e.getMessage());
            } else {
                LOG.debugf("Outbox relay pass cut short by the shutdown: %s", e.getMessage());
            }
        } finally {
            running.set(false);
            if (dirty.get()) {
                requestDrain();
            }
        }
    }

    /** Publishes one batch of due rows; returns how many rows it handled (published or rescheduled). */
    int publishBatch() {
        List<OutboxEvent> due = em.createQuery(
                        // per key, only the oldest unpublished event is due: events of one aggregate keep their order
                        // (also across replicas and retries), so a compacted topic ends with the latest state
                        "from OutboxEvent e where e.publishedAt is null and e.nextAttemptAt <= :now"
                                + " and not exists (select 1 from OutboxEvent o where o.topic = e.topic and o.eventKey = e.eventKey"
                                + " and o.publishedAt is null and o.createdAt < e.createdAt)"
                                + " order by e.createdAt",
                        OutboxEvent.class)
                .setParameter("now", Instant.now())
                .setMaxResults(config.batchSize())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        // all sends start now and are awaited against one deadline, so a batch never outlives its transaction
        List<CompletableFuture<Void>> acks = new ArrayList<>(due.size());
        for (OutboxEvent row : due) {
            acks.add(send(row).subscribeAsCompletionStage());
        }
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        Instant now = Instant.now();
        for (int i = 0; i < due.size(); i++) {
            OutboxEvent row = due.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.publishedAt = now;
                row.lastError = null;
                published.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                row.attempts++;
                row.nextAttemptAt = now.plus(backoff(row.attempts));
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                row.lastError = truncate(cause.getClass().getSimpleName() + ": " + cause.getMessage());
                failed.increment();
                LOG.warnf("Publishing outbox event %s (%s) failed, attempt %d: %s", row.id, row.eventType,
                        row.attempts, row.lastError);
            }
        }
        return due.size();
    }

    private Uni<Void> send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-id", row.id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("event-type", row.eventType.getBytes(StandardCharsets.UTF_8));
        if (row.requestId != null) {
            headers.add(RequestIds.EVENT_HEADER, row.requestId.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.eventKey)
                .withHeaders(headers)
                .build();
        try {
            return emitter.sendMessage(Message.of(row.payload).addMetadata(metadata));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = config.initialBackoff().multipliedBy(factor);
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }

    private static String truncate(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
