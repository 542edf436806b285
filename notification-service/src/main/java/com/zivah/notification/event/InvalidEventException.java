package com.zivah.notification.event;

/** A message that can never be processed (not JSON, wrong shape, missing fields): dead-lettered at once, not retried. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
