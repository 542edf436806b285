package com.zivah.quote.event;

/** An incoming message that can never be applied (not JSON, wrong types, required field missing): not retried, dead-lettered. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
