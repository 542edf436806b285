package com.zivah.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zivah.catalog.config.CatalogConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The answers of the public reads (product pages, products, categories, public settings), kept in memory and
 * dropped as soon as anything of the catalog changes on any replica.
 *
 * <p>Freshness: every write to the catalog's tables raises a PostgreSQL notification (V7 triggers), which
 * {@code repository.CatalogChangeListener} of every replica receives after the commit and turns into
 * {@link #invalidateAll()}. An answer is stored with the generation current when its load started, and served only
 * while that generation is still current: a load that began before a change can never be served after it. While the
 * listener has no connection to PostgreSQL (it might miss a change), nothing is served from here. Answers are
 * immutable records, shared between requests.
 */
@ApplicationScoped
public class PublicReadCache {

    private record Entry(long generation, Object value) {
    }

    private static final byte[] NOT_YET = new byte[0];

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Object, Entry> entries;
    /**
     * The JSON of each answer held above, by identity (weak keys: gone with the answer), written once on first use
     * ({@code rest/SerializedAnswers}): serialising a 45 KB page of products was half of a cached read's CPU.
     */
    private final Cache<Object, byte[]> serialized = Caffeine.newBuilder().weakKeys().build();
    private final ObjectMapper json;
    private volatile boolean trusted;

    private final TransactionSynchronizationRegistry transactions;

    public PublicReadCache(CatalogConfig config, MeterRegistry registry, TransactionSynchronizationRegistry transactions,
                           ObjectMapper json) {
        this.transactions = transactions;
        this.json = json;
        this.entries = Caffeine.newBuilder()
                .maximumSize(config.cache().maxEntries())
                .expireAfterWrite(config.cache().ttl())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, "catalog-public-reads");
    }

    /**
     * The cached answer for {@code key} (a record of everything the answer depends on), or {@code loader}'s, which
     * is kept when it returns normally. Failures (400, 404) are not cached.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> loader) {
        if (!trusted) {
            return loader.get();
        }
        long current = generation.get();
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.generation() == current) {
            return (T) entry.value();
        }
        T value = loader.get();
        if (generation.get() == current) {
            entries.put(key, new Entry(current, value));
            serialized.put(value, NOT_YET);
        }
        return value;
    }

    /**
     * The JSON of {@code answer} when it is an answer this cache holds (written with the application's mapper once,
     * then reused), else null: answers built for one request are serialised as usual.
     */
    public byte[] serializedOrNull(Object answer) {
        return serialized.asMap().computeIfPresent(answer, (value, bytes) -> bytes != NOT_YET ? bytes : write(value));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a cached answer as JSON", e);
        }
    }

    /**
     * Drops the cache when the caller's transaction commits, so that this replica reads its own write at once (the
     * other replicas hear it from PostgreSQL moments later). Called by every write of the catalog.
     */
    public void invalidateAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    invalidateAll();
                }
            }
        });
    }

    /** Something of the catalog changed: nothing cached so far is served again. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /**
     * Whether changes are being heard. While not (no notification connection), every read goes to the database;
     * either way what was cached before is dropped, since a change may have been missed.
     */
    public void changesHeard(boolean heard) {
        trusted = heard;
        invalidateAll();
    }
}
