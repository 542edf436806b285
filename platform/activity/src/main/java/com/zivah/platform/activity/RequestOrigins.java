package com.zivah.platform.activity;

import com.zivah.platform.requestid.RequestIds;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * Gathers who makes the current request and from where, as the {@link RequestOrigin} a service records in the
 * activity log: the actor and roles from the {@link SecurityIdentity} (the JWT's {@code preferred_username}), the
 * client IP, the user agent and the request id. Only {@code rest} knows HTTP; services get the record.
 */
@RequestScoped
public class RequestOrigins {

    /** Longest user agent kept (the column is varchar(300)). */
    public static final int MAX_USER_AGENT_LENGTH = 300;

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** An IPv4 or IPv6 address as the gateway writes it (no port, no brackets); anything else is not used. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    private final SecurityIdentity identity;
    private final RoutingContext routing;

    public RequestOrigins(SecurityIdentity identity, RoutingContext routing) {
        this.identity = identity;
        this.routing = routing;
    }

    public RequestOrigin current() {
        return new RequestOrigin(actor(), identity.getRoles().stream().sorted().toList(), clientIp(),
                userAgent(routing.request().getHeader("User-Agent")), requestId());
    }

    private String actor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String username = jwt.getClaim("preferred_username");
            if (username != null && !username.isBlank()) {
                return username;
            }
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The right-most {@code X-Forwarded-For} entry (over every such header): the one our gateway appended, the
     * address of whoever connected to it; entries to its left are the client's own claims. Without one (a direct
     * call), or when it is not an address, the socket peer.
     */
    private String clientIp() {
        List<String> forwarded = routing.request().headers().getAll(FORWARDED_FOR);
        if (!forwarded.isEmpty()) {
            String[] entries = String.join(",", forwarded).split(",");
            String last = entries.length == 0 ? "" : entries[entries.length - 1].strip();
            if (ADDRESS.matcher(last).matches()) {
                return last;
            }
        }
        SocketAddress peer = routing.request().remoteAddress();
        return peer == null ? null : peer.hostAddress();
    }

    /** The user agent without control characters (no forged log or CSV lines), at most 300 characters; null if none. */
    public static String userAgent(String header) {
        if (header == null) {
            return null;
        }
        String clean = CONTROL.matcher(header).replaceAll("").strip();
        if (clean.length() > MAX_USER_AGENT_LENGTH) {
            clean = clean.substring(0, MAX_USER_AGENT_LENGTH);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
