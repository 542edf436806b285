package com.zivah.platform.outbox;

import com.zivah.platform.requestid.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
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
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
 * <p>
 * The drain loop runs on the relay's own thread, never on a managed executor: the after-commit trigger fires on
 * the request thread while its finished JTA transaction is still associated, and a context-propagating executor
 * carried that transaction into the drain, whose {@code requiringNew()} then ran beside a dead transaction
 * ("Could not commit transaction", "Enlisted connection used without active transaction").
 * <p>
 * A send is never given up before the producer gave it up: the relay waits for each send's own outcome (Kafka's ack
 * or the producer's failure, bounded by its {@code delivery.timeout.ms}); {@code ack-timeout} is only a safety net
 * above that, and a row whose send is still pending is not sent again. A resend while the first copy still sits in
 * the producer's buffer put two or three copies of one event in the topic during a broker outage. The row's
 * {@code published_at} is the time of the ack.
 */
@ApplicationScoped
@IfBuildProperty(name = "zivah.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final TransactionManager transactions;
    private final OutboxConfig config;
    /** The one drain loop of this instance: a plain thread, so no caller's context (transaction, request) leaks in. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    /** Sends whose outcome was not known when their batch gave up waiting (ack-timeout); never resent meanwhile. */
    private final Map<UUID, CompletableFuture<Instant>> pending = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter failed;
    private final UntilStarted gate;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean dirty = new AtomicBoolean();

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager em,
                       TransactionManager transactions, OutboxConfig config, MeterRegistry registry, UntilStarted gate) {
        this.gate = gate;
        this.emitter = emitter;
        this.em = em;
        this.transactions = transactions;
        this.config = config;
        this.published = registry.counter("zivah.outbox.published");
        this.failed = registry.counter("zivah.outbox.failed");
    }

    /** Publishes what earlier runs left; {@link UntilStarted} has opened the gate by then (it observes first). */
    void onStart(@Observes StartupEvent event) {
        requestDrain();
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
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
            try {
                executor.execute(this::drainWhileDirty);
            } catch (RuntimeException e) { // rejected: shutting down
                running.set(false);
            }
        }
    }

    private void drainWhileDirty() {
        try {
            while (dirty.getAndSet(false)) {
                int sent;
                do {
                    sent = QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds())
                            .call(this::publishBatch);
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
        // all sends start now; each is awaited until its own outcome (ack or the producer's failure). The deadline is
        // only a safety net above the producer's delivery timeout, and the transaction outlives it.
        List<CompletableFuture<Instant>> acks = startSends(due);
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        for (int i = 0; i < due.size(); i++) {
            OutboxEvent row = due.get(i);
            CompletableFuture<Instant> ack = acks.get(i);
            try {
                row.publishedAt = ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.lastError = null;
                pending.remove(row.id);
                published.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            } catch (TimeoutException e) {
                // outcome unknown: keep the send, look again later, and do not send the row again meanwhile
                pending.put(row.id, ack);
                row.nextAttemptAt = Instant.now().plus(config.initialBackoff());
                row.lastError = "no outcome from the producer within " + config.ackTimeout();
                LOG.warnf("Outbox event %s (%s): no outcome from Kafka within %s; awaiting it before any resend",
                        row.id, row.eventType, config.ackTimeout());
            } catch (ExecutionException | RuntimeException e) {
                pending.remove(row.id);
                row.attempts++;
                row.nextAttemptAt = Instant.now().plus(backoff(row.attempts));
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                row.lastError = truncate(cause.getClass().getSimpleName() + ": " + cause.getMessage());
                failed.increment();
                LOG.warnf("Publishing outbox event %s (%s) failed, attempt %d: %s", row.id, row.eventType,
                        row.attempts, row.lastError);
            }
        }
        return due.size();
    }

    /** A batch waits up to ack-timeout for its acks: its transaction (and row locks) must outlive that wait. */
    int transactionTimeoutSeconds() {
        return (int) Math.max(60, config.ackTimeout().toSeconds() + 30);
    }

    /**
     * Starts the sends outside the batch's transaction: context propagation would otherwise hand that transaction to
     * the producer's callback thread, and a commit while a callback still ran there failed ("ARJUNA012094 ... multiple
     * threads active", "Could not commit transaction": the batch rolled back and was sent again on the next pass).
     */
    private List<CompletableFuture<Instant>> startSends(List<OutboxEvent> due) {
        Transaction batch = suspend();
        try {
            List<CompletableFuture<Instant>> acks = new ArrayList<>(due.size());
            for (OutboxEvent row : due) {
                CompletableFuture<Instant> earlier = pending.get(row.id);
                if (earlier != null && earlier.isCompletedExceptionally()) {
                    pending.remove(row.id);
                    earlier = null;
                }
                acks.add(earlier != null ? earlier // still in the producer (or acked meanwhile): never a second copy
                        : send(row).subscribeAsCompletionStage().thenApply(ignored -> Instant.now()));
            }
            return acks;
        } finally {
            resume(batch);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("could not suspend the relay's transaction", e);
        }
    }

    private void resume(Transaction batch) {
        try {
            transactions.resume(batch);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("could not resume the relay's transaction", e);
        }
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
