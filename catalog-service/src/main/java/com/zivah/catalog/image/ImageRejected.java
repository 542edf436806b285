package com.zivah.catalog.image;

/** An upload that is not an acceptable image; the message says why, for the client (field {@code file}). */
public class ImageRejected extends RuntimeException {

    public ImageRejected(String message) {
        super(message);
    }

    public ImageRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
