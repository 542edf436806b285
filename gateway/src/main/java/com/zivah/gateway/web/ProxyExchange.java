package com.zivah.gateway.web;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * One proxied request, from the client's request to the end of the upstream's response, and the rule
 * that keeps the upstream pool healthy: <b>when the client goes away before the upstream answered, the
 * upstream connection is given up at once</b> — whether the request was still waiting for a pooled
 * connection or waiting for the upstream's answer. Once the answer's head has arrived the proxy's own
 * handling takes over: its pipe into the closed client response fails and resets the upstream request.
 * (Closing later ourselves could hit a connection Vert.x already recycled for another exchange: it returns a
 * connection to the pool when the last byte arrives, possibly before the paused response was delivered.)
 *
 * <p>Why this is needed (measured: the gateway hung for good after one burst of 32 connections):
 * vertx-http-proxy 4.5 resets the upstream request from the client response's exception handler, but
 * installs that handler only once a pooled connection was obtained. A client that left while its request
 * waited in the pool queue is therefore never noticed: the request is still sent, the upstream's response
 * is paused and piped into the closed client response, whose write queue never drains, so the response
 * is never read to its end and its connection never returns to the pool. Five such exchanges (Vert.x's
 * default pool per origin) and every later request waits forever in the unbounded queue.
 */
final class ProxyExchange {

    private static final String KEY = "zivah.proxyExchange";

    final RoutingContext ctx;
    final UpstreamRoute route;
    private HttpClientRequest upstream;
    /** The upstream answered (its head arrived) or failed: from then on the connection is not ours to close. */
    private boolean upstreamDone;
    private boolean clientGone;
    private boolean bodyTooLarge;

    private ProxyExchange(RoutingContext ctx, UpstreamRoute route) {
        this.ctx = ctx;
        this.route = route;
    }

    /** Starts the exchange on the request's own (duplicated) Vert.x context, where the proxy's interceptor finds it. */
    static ProxyExchange start(RoutingContext ctx, UpstreamRoute route) {
        ProxyExchange exchange = new ProxyExchange(ctx, route);
        HttpServerResponse response = ctx.response();
        response.closeHandler(v -> exchange.clientClosed());
        Vertx.currentContext().putLocal(KEY, exchange);
        return exchange;
    }

    static ProxyExchange current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    /** The proxy obtained a pooled connection for this exchange: keep it, or give it up if the client already left. */
    Future<HttpClientRequest> attach(HttpClientRequest request) {
        if (clientGone || ctx.response().closed()) {
            request.connection().close();
            return Future.failedFuture(new ClientGoneException());
        }
        upstream = request;
        // the failure reaches the proxy through the response future; without a handler Vert.x logs each abort as ERROR
        request.exceptionHandler(ignored -> { });
        request.response().onComplete(ar -> upstreamDone = true);
        return Future.succeededFuture(request);
    }

    boolean connectionObtained() {
        return upstream != null;
    }

    boolean clientGone() {
        return clientGone;
    }

    void bodyTooLarge() {
        bodyTooLarge = true;
        if (ctx.response().headWritten()) {
            // the upstream answered early and the answer is on its way: the rest of the body is not read
            if (ctx.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
                ctx.addBodyEndHandler(v -> ctx.request().connection().close());
            }
        } else {
            Problems.closeAfterResponse(ctx);
        }
        abortUpstream();
    }

    boolean isBodyTooLarge() {
        return bodyTooLarge;
    }

    private void clientClosed() {
        clientGone = true;
        abortUpstream();
    }

    /**
     * Closes the upstream connection while the request is still waiting for the answer's head (HTTP/1.1 has
     * no other way to abandon a request in flight); afterwards the proxy's pipe handles it.
     */
    private void abortUpstream() {
        if (upstream != null && !upstreamDone) {
            upstreamDone = true;
            upstream.connection().close();
        }
    }

    /** The client closed its connection while its request was waiting for the upstream. */
    static final class ClientGoneException extends RuntimeException {
        ClientGoneException() {
            super("client went away", null, false, false);
        }
    }
}
