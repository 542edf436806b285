package com.zivah.platform.activity;

import java.util.List;

/**
 * Who makes a staff write and from where, gathered from the request in {@code rest} (rest/RequestOrigins) and
 * handed to the service, which records it in the activity log with the change.
 *
 * @param actor     the JWT's {@code preferred_username}, else the principal's name
 * @param roles     the caller's roles, sorted
 * @param clientIp  the right-most {@code X-Forwarded-For} entry (the one the gateway appended), else the socket peer
 * @param userAgent the {@code User-Agent}, bounded and without control characters; null when absent
 * @param requestId the request id of the log MDC (platform-core's {@code RequestIdRouteFilter})
 */
public record RequestOrigin(String actor, List<String> roles, String clientIp, String userAgent, String requestId) {
}
