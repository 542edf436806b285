package com.zivah.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CatalogCacheTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CatalogCache cache = new CatalogCache(registry, Duration.ofMillis(200));
    private final AtomicInteger loads = new AtomicInteger();

    private String load() {
        return "answer " + loads.incrementAndGet();
    }

    private static String down() {
        throw new UpstreamUnavailableException("catalog-service", new RuntimeException("down"));
    }

    @Test
    void whileEventsAreHeardAnAnswerIsServedFromMemoryUntilTheCatalogChanges() throws InterruptedException {
        cache.heard(true);
        assertEquals("answer 1", cache.get("home", this::load));
        Thread.sleep(300); // longer than the unheard max age: heard events keep it
        assertEquals("answer 1", cache.get("home", this::load));

        cache.changed();
        assertEquals("answer 2", cache.get("home", this::load));
        assertEquals("answer 2", cache.get("home", this::load));
        assertEquals(2, loads.get());
    }

    @Test
    void aChangeIsFollowedByASecondInvalidationForReplicasThatHeardItLate() throws InterruptedException {
        cache.heard(true);
        cache.get("home", this::load);
        cache.changed();
        assertEquals("answer 2", cache.get("home", this::load)); // reloaded at once (maybe still the old catalog)
        Thread.sleep(CatalogCache.SETTLE.toMillis() + 300);
        assertEquals("answer 3", cache.get("home", this::load)); // and once more after the settle delay
    }

    @Test
    void anAnswerLoadedAcrossAChangeIsNotKept() {
        cache.heard(true);
        assertEquals("answer 1", cache.get("home", () -> {
            cache.changed(); // the catalog changed while this (old) answer was on its way
            return load();
        }));
        assertEquals("answer 2", cache.get("home", this::load));
    }

    @Test
    void whileEventsAreNotHeardAnswersLiveOnlyTheUnheardMaxAge() throws InterruptedException {
        cache.heard(false);
        assertEquals("answer 1", cache.get("home", this::load));
        assertEquals("answer 1", cache.get("home", this::load));
        Thread.sleep(300);
        assertEquals("answer 2", cache.get("home", this::load));
    }

    @Test
    void whenCatalogServiceIsDownTheLastKnownAnswerIsServedEvenAfterAChange() {
        cache.heard(true);
        assertEquals("answer 1", cache.get("home", this::load));
        cache.changed();
        assertEquals("answer 1", cache.get("home", CatalogCacheTest::down));
        assertEquals(1.0, registry.get("zivah.web.catalog.stale.served").counter().count());
    }

    @Test
    void withNothingKnownAnOutageIsAnError() {
        cache.heard(true);
        assertThrows(UpstreamUnavailableException.class, () -> cache.get("home", CatalogCacheTest::down));
        cache.get("home", this::load);
        cache.forgetAll();
        assertThrows(UpstreamUnavailableException.class, () -> cache.get("home", CatalogCacheTest::down));
    }

    @Test
    void refusalsAreNotCached() {
        cache.heard(true);
        assertThrows(IllegalArgumentException.class, () -> cache.get("product x", () -> {
            throw new IllegalArgumentException("404");
        }));
        assertEquals("answer 1", cache.get("product x", this::load));
    }

    @Test
    void concurrentRequestsForOneAnswerMakeOneLoad() throws Exception {
        cache.heard(true);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = pool.submit(() -> cache.get("home", () -> {
                loading.countDown();
                await(release);
                return load();
            }));
            loading.await(5, TimeUnit.SECONDS);
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get("home", this::load)));
            }
            Thread.sleep(100);
            release.countDown();
            assertEquals("answer 1", first.get(5, TimeUnit.SECONDS));
            for (Future<String> other : others) {
                assertEquals("answer 1", other.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameAnswerObjectIsShared() {
        cache.heard(true);
        Object answer = cache.get("home", Object::new);
        assertSame(answer, cache.get("home", Object::new));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
