package com.zivah.platform.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one rule for the {@code X-Request-Id} that follows a request through the gateway, every service's log lines
 * (MDC key {@value #MDC_KEY}), problem documents, outbox events (header {@value #EVENT_HEADER}) and their consumers:
 * a safe incoming id is kept, anything else is replaced by a new one.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The Kafka record header that carries the id of the request that caused an event. */
    public static final String EVENT_HEADER = "request-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** Whether {@code id} may be kept as it is (it ends up in logs and headers: no spaces, no CR/LF, bounded). */
    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** {@code incoming} when it is safe, otherwise a new id. */
    public static String acceptOrCreate(String incoming) {
        return isSafe(incoming) ? incoming : newId();
    }

    /**
     * A random version-4 UUID. An id correlates log lines, it guards nothing: no SecureRandom (a lock and a read of
     * /dev/urandom) on an event loop for every request.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
