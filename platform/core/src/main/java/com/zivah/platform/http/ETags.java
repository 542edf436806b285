package com.zivah.platform.http;

/** Entity tags of conditional GETs: the one comparison every module uses (catalog images, web pages). */
public final class ETags {

    /** Longer {@code If-None-Match} values are not parsed (a client holds a few tags, not thousands). */
    static final int MAX_HEADER = 4096;

    private ETags() {
    }

    /**
     * Whether {@code If-None-Match} ({@code *} or a list of entity tags) matches {@code etag}, compared weakly
     * (RFC 9110 §13.1.2: {@code W/"x"} matches {@code "x"}), so the answer is a 304.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > MAX_HEADER) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
