package com.zivah.platform.inbox;

/**
 * A record that can never be processed (empty, not JSON, wrong types, a constraint of the event violated): consumers
 * list it in {@code @Retry(abortOn = PoisonEventException.class)}, so it is not retried but nacked at once and the
 * channel's {@code dead-letter-queue} failure strategy moves it to the service's dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
