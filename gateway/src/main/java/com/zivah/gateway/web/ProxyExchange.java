package com.zivah.gateway.web;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * One proxied request, from the client's request to the end of the upstream's response, and the rule
 * that keeps the upstream pool healthy: <b>when the client goes away before the exchange is over, the
 * upstream connection is closed at once</b> — whether the request was still waiting for a pooled
 * connection, waiting for the upstream's answer, or streaming a slow response.
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
        request.response().onSuccess(this::watchEnd).onFailure(f -> upstreamDone = true);
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
        Problems.closeAfterResponse(ctx);
        abortUpstream();
    }

    boolean isBodyTooLarge() {
        return bodyTooLarge;
    }

    private void watchEnd(HttpClientResponse response) {
        response.end().onComplete(ar -> upstreamDone = true);
    }

    private void clientClosed() {
        clientGone = true;
        abortUpstream();
    }

    /**
     * Closes the upstream connection unless its response was read to the end (then it is back in the pool,
     * maybe serving someone else). HTTP/1.1 has no other way to abandon a request in flight.
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
