package com.zivah.gateway.web;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

/**
 * Adds the {@code X-Forwarded-*} headers (the gateway is the edge, so client-sent ones are replaced,
 * never trusted) and turns an unreachable upstream into an RFC 9457 problem instead of an empty 502.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final String upstreamName;
    private final ClientOrigin origin;

    ForwardingInterceptor(String upstreamName, ClientOrigin origin) {
        this.upstreamName = upstreamName;
        this.origin = origin;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String scheme = incoming.scheme() == null ? "http" : incoming.scheme();
        HostAndPort authority = incoming.authority();

        // read what a trusted proxy in front of us said before replacing the headers
        String proto = origin.forwarded(incoming, "X-Forwarded-Proto", scheme);
        String host = origin.forwarded(incoming, "X-Forwarded-Host", authority == null ? null : authority.host());
        String port = origin.forwarded(incoming, "X-Forwarded-Port", String.valueOf(port(authority, scheme, incoming)));
        request.headers().remove("Forwarded");
        request.headers().set("X-Forwarded-For", origin.client(incoming));
        request.headers().set("X-Forwarded-Proto", proto);
        if (host != null) {
            request.headers().set("X-Forwarded-Host", host);
        } else {
            request.headers().remove("X-Forwarded-Host");
        }
        request.headers().set("X-Forwarded-Port", port);

        return context.sendRequest().recover(failure -> {
            String requestId = incoming.getHeader(RequestIds.HEADER);
            LOG.warnf("Upstream %s unreachable for %s %s (request %s): %s", upstreamName, incoming.method(),
                    incoming.path(), requestId, failure.toString());
            return Future.succeededFuture(badGateway(request, incoming.path(), requestId));
        });
    }

    private ProxyResponse badGateway(ProxyRequest request, String path, String requestId) {
        Buffer body = new JsonObject()
                .put("type", "https://zivah.com/problems/upstream-unavailable")
                .put("title", "Upstream unavailable")
                .put("status", 502)
                .put("detail", "The " + upstreamName + " service is not reachable right now. Please try again shortly.")
                .put("instance", path)
                .put("requestId", requestId)
                .toBuffer();
        ProxyResponse response = request.response()
                .setStatusCode(502)
                .setStatusMessage("Bad Gateway")
                .setBody(Body.body(body));
        response.headers().clear();
        response.putHeader("Content-Type", PROBLEM_JSON);
        response.putHeader("Cache-Control", "no-store");
        return response;
    }

    private static int port(HostAndPort authority, String scheme, HttpServerRequest incoming) {
        if (authority != null && authority.port() > 0) {
            return authority.port();
        }
        if (authority == null && incoming.localAddress() != null) {
            return incoming.localAddress().port();
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
