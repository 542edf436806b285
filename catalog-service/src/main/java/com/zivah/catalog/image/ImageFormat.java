package com.zivah.catalog.image;

import java.util.Arrays;
import java.util.Optional;

/** The formats an upload may be in (recognised by content, never by name or declared type) and the ones we write. */
public enum ImageFormat {
    JPEG("jpeg", "jpg", "image/jpeg"),
    PNG("png", "png", "image/png"),
    WEBP("webp", "webp", "image/webp"),
    GIF("gif", "gif", "image/gif");

    /** The name in the API ({@code variants[].format}). */
    public final String apiName;
    /** The extension of the served file name. */
    public final String extension;
    public final String mediaType;

    ImageFormat(String apiName, String extension, String mediaType) {
        this.apiName = apiName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** A served format (WebP, JPEG, PNG; GIF is only read) by its file extension. */
    public static Optional<ImageFormat> servedByExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f != GIF && f.extension.equals(extension)).findFirst();
    }

    public static Optional<ImageFormat> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
