package com.zivah.gateway.web;

import io.vertx.core.Future;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Prepares what goes upstream — the normalized path (the one the gateway's routing and rate limit saw),
 * {@code X-Forwarded-*} (client-sent ones replaced unless a trusted proxy sent them), a body counted against
 * the route's limit — and turns every failure into a problem: 413 body too large, 503 pool queue full or
 * waited too long, 504 upstream too slow, 502 upstream unreachable.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    static final String EXCHANGE = "zivah.exchange";
    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final UpstreamRoute route;
    private final ClientOrigin origin;

    ForwardingInterceptor(UpstreamRoute route, ClientOrigin origin) {
        this.route = route;
        this.origin = origin;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyExchange exchange = ProxyExchange.current();
        context.set(EXCHANGE, exchange);
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        forwardedHeaders(request, incoming);
        if (exchange != null) {
            String query = incoming.query();
            request.setURI(exchange.ctx.normalizedPath() + (query == null ? "" : "?" + query));
            Body body = request.getBody();
            if (body != null && body.length() < 0) {
                request.setBody(Body.body(new LimitedReadStream(body.stream(), route.maxBodySize, exchange::bodyTooLarge), -1));
            }
        }
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(request, incoming, exchange, failure)));
    }

    private void forwardedHeaders(ProxyRequest request, HttpServerRequest incoming) {
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
    }

    private ProxyResponse problem(ProxyRequest request, HttpServerRequest incoming, ProxyExchange exchange, Throwable failure) {
        String requestId = incoming.getHeader(RequestIds.HEADER);
        int status;
        String type;
        String title;
        String detail;
        if (exchange != null && exchange.isBodyTooLarge()) {
            status = 413;
            type = "payload-too-large";
            title = "Request body too large";
            detail = "The request body may have at most " + route.maxBodySize + " bytes on this path.";
        } else if (exchange != null && exchange.clientGone()) {
            status = 499; // nobody reads it; logged as such
            type = "client-closed-request";
            title = "Client closed request";
            detail = "The client went away before the upstream answered.";
        } else if (failure instanceof ConnectionPoolTooBusyException
                || (failure instanceof TimeoutException && exchange != null && !exchange.connectionObtained())) {
            status = 503;
            type = "upstream-busy";
            title = "Upstream busy";
            detail = "The " + route.name + " service has too many requests waiting. Please retry shortly.";
        } else if (failure instanceof TimeoutException) {
            status = 504;
            type = "upstream-timeout";
            title = "Upstream timeout";
            detail = "The " + route.name + " service did not answer within " + route.timeout.toMillis() + " ms.";
        } else {
            status = 502;
            type = "upstream-unavailable";
            title = "Upstream unavailable";
            detail = "The " + route.name + " service is not reachable right now. Please try again shortly.";
        }
        if (status != 499 && status != 413) {
            LOG.warnf("Upstream %s failed with %d for %s %s (request %s): %s", route.name, status, incoming.method(),
                    route.template, requestId, failure.getClass().getSimpleName());
        }
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .setStatusMessage(title)
                .setBody(Body.body(Problems.body(status, type, title, detail, incoming.path(), requestId)));
        response.headers().clear();
        response.putHeader("Content-Type", Problems.PROBLEM_JSON);
        response.putHeader("Cache-Control", "no-store");
        if (status == 503) {
            response.putHeader("Retry-After", "1");
        }
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
