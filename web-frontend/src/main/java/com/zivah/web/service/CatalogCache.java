package com.zivah.web.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The catalog as the pages last read it, in memory: pages are served from here, not by a call to catalog-service per
 * request. Fresh: every catalog event (product, category, setting topics, heard by {@code event/CatalogChanges} on every
 * replica) starts a new generation, and an answer is served only in the generation its load started in; a second
 * generation follows {@link #SETTLE} later, in case catalog-service's replica answered the reload before it heard the
 * change itself. Available: when catalog-service does not answer, the last answer (of any generation) is served. While
 * the events are not being heard (no partitions), answers are kept at most {@link #UNHEARD_MAX_AGE}. One load per key at
 * a time; concurrent requests for it wait for that load.
 */
@ApplicationScoped
public class CatalogCache {

    /** Delay of the second invalidation after a change. */
    static final Duration SETTLE = Duration.ofMillis(700);
    /** Longest life of an answer while catalog events are not heard. */
    static final Duration UNHEARD_MAX_AGE = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(CatalogCache.class);

    private record Entry(long generation, long loadedAt, Object value) {
    }

    /** An answer that knows its size in bytes (a rendered page); others count as {@link #DEFAULT_WEIGHT}. */
    public interface Weighed {
        int weight();
    }

    /** The assumed size of a catalog answer (a page of products as objects). */
    static final int DEFAULT_WEIGHT = 16 * 1024;
    /** Bytes of answers and pages kept per replica, within a 192 MB heap. */
    static final long MAX_WEIGHT = 32L * 1024 * 1024;

    private record Load(Object key, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Object, Entry> entries;
    private final ConcurrentHashMap<Load, CompletableFuture<Object>> loads = new ConcurrentHashMap<>();
    private final ScheduledExecutorService settle = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "catalog-cache-settle");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter staleServed;
    private final Duration unheardMaxAge;
    private volatile boolean heard;

    @Inject
    public CatalogCache(MeterRegistry registry) {
        this(registry, UNHEARD_MAX_AGE);
    }

    CatalogCache(MeterRegistry registry, Duration unheardMaxAge) {
        this.unheardMaxAge = unheardMaxAge;
        // bounded by weight: rendered pages by their bytes, catalog answers by an estimate
        this.entries = Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT)
                .weigher((Object key, Entry entry) -> entry.value() instanceof Weighed weighed ? weighed.weight()
                        : DEFAULT_WEIGHT)
                .expireAfterWrite(Duration.ofHours(24))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, "catalog");
        this.staleServed = Counter.builder("zivah.web.catalog.stale.served")
                .description("Answers served from the last known catalog because catalog-service did not answer")
                .register(registry);
    }

    /**
     * The current answer for {@code key} (a record of everything it depends on): cached, or loaded by {@code loader}
     * (which throws {@link UpstreamUnavailableException} when catalog-service does not answer: then the last known
     * answer is served if there is one). Other failures (404) propagate and are not cached.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> loader) {
        long current = generation.get();
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.generation() == current
                && (heard || System.nanoTime() - entry.loadedAt() < unheardMaxAge.toNanos())) {
            return (T) entry.value();
        }
        try {
            return (T) load(key, current, (Supplier<Object>) loader);
        } catch (UpstreamUnavailableException down) {
            if (entry == null) {
                throw down;
            }
            staleServed.increment();
            return (T) entry.value();
        }
    }

    private Object load(Object key, long current, Supplier<Object> loader) {
        Load load = new Load(key, current);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = loads.putIfAbsent(load, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        try {
            Object value = loader.get();
            if (generation.get() == current) {
                entries.put(key, new Entry(current, System.nanoTime(), value));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            loads.remove(load, mine);
        }
    }

    /** The catalog changed: no answer loaded so far is current any more (now, and once more after {@link #SETTLE}). */
    public void changed() {
        generation.incrementAndGet();
        settle.schedule(generation::incrementAndGet, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Forgets every answer, the last known ones too (so nothing is served while catalog-service is down until it
     * answered again): for tests that steer catalog-service, and for an operator who wants a clean slate.
     */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** Whether the last known catalog holds an answer for {@code key} (any generation). */
    public boolean knows(Object key) {
        return entries.getIfPresent(key) != null;
    }

    /** Whether catalog events are being heard; a change may have been missed either way, so it counts as one. */
    public void heard(boolean heard) {
        if (this.heard != heard) {
            LOG.infof(heard ? "Catalog events heard: pages are served from memory until the next change"
                    : "Catalog events not heard: cached catalog answers live at most %d ms", unheardMaxAge.toMillis());
        }
        this.heard = heard;
        changed();
    }

    @PreDestroy
    void stop() {
        settle.shutdownNow();
    }
}
