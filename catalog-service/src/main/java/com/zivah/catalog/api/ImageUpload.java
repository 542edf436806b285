package com.zivah.catalog.api;

import java.nio.file.Path;

/**
 * An upload as the resource received it: the file part (null when missing) with its size, the optional alt texts
 * and the optional product {@code version} the editor saw (a string: it is checked, and named, by the service).
 */
public record ImageUpload(Path file, long size, String altEs, String altEn, String version) {
}
