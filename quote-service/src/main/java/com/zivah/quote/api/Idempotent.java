package com.zivah.quote.api;

/**
 * The answer to a create request that may carry an Idempotency-Key: {@code replayed} when it is the stored answer
 * of an earlier request with the same key and body (then nothing new was created).
 */
public record Idempotent<T>(T answer, boolean replayed) {

    /** The request header. */
    public static final String KEY_HEADER = "Idempotency-Key";
    /** The response header of a replay ({@code true}). */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
}
