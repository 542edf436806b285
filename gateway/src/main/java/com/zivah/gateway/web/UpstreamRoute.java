package com.zivah.gateway.web;

import com.zivah.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One upstream: its path prefix, its limits, its bounded keep-alive connection pool, and the handler that
 * proxies a request to it (vertx-http-proxy, with {@link ProxyExchange} keeping the pool healthy when
 * clients go away and {@link ForwardingInterceptor} mapping failures to problems).
 */
final class UpstreamRoute {

    /** Vert.x context key the Micrometer HTTP binder reads as the {@code uri} label: never a raw path. */
    static final String METRIC_TEMPLATE_KEY = "UrlPathTemplate";

    final String name;
    /** The route's template, e.g. {@code /api/catalog/**}: metric label and access-log field. */
    final String template;
    final URI url;
    final Duration timeout;
    final long maxBodySize;
    final long maxRequestLine;
    final long maxHeaderSize;
    final int poolSize;
    final int waitQueueSize;
    final Duration queueTimeout;

    private final HttpProxy proxy;
    private final SocketAddress address;

    UpstreamRoute(Vertx vertx, GatewayConfig config, ClientOrigin origin, String name, String template,
                  GatewayConfig.Route route) {
        GatewayConfig.Defaults defaults = config.defaults();
        this.name = name;
        this.template = template;
        this.url = route.url();
        this.timeout = route.timeout().orElse(defaults.timeout());
        this.maxBodySize = route.maxBodySize().orElse(defaults.maxBodySize()).asLongValue();
        this.maxRequestLine = route.maxRequestLine().orElse(defaults.maxRequestLine()).asLongValue();
        this.maxHeaderSize = route.maxHeaderSize().orElse(defaults.maxHeaderSize()).asLongValue();
        this.poolSize = route.poolSize().orElse(defaults.poolSize());
        this.waitQueueSize = route.waitQueueSize().orElse(defaults.waitQueueSize());
        this.queueTimeout = route.queueTimeout().orElse(defaults.queueTimeout());

        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : (tls ? 443 : 80);
        this.address = SocketAddress.inetSocketAddress(port, url.getHost());
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setSsl(tls)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setKeepAliveTimeout((int) Math.max(1, config.idleTimeout().toSeconds()))
                        .setName("upstream-" + name),
                new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(waitQueueSize));
        // no WebSocket tunnelling: the proxy would pass upgrade requests by every interceptor (raw path, client-sent
        // X-Forwarded-*), and nothing here uses WebSockets
        this.proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(this::originRequest)
                .addInterceptor(new ForwardingInterceptor(this, origin));
    }

    /** The router handler: limits first (nothing is forwarded when one is exceeded), then the proxy. */
    Handler<RoutingContext> handler() {
        return ctx -> {
            Vertx.currentContext().putLocal(METRIC_TEMPLATE_KEY, template);
            ctx.put(AccessLog.UPSTREAM_KEY, name);
            if (!withinLimits(ctx)) {
                return;
            }
            ProxyExchange.start(ctx, this);
            proxy.handle(ctx.request());
        };
    }

    private boolean withinLimits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxRequestLine) {
            Problems.send(ctx, 414, "uri-too-long", "Request line too long",
                    "The request path and query may have at most " + maxRequestLine + " bytes.", true);
            return false;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderSize) {
            Problems.send(ctx, 431, "headers-too-large", "Request headers too large",
                    "The request headers may have at most " + maxHeaderSize + " bytes in all.", true);
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            rejectBody(ctx);
            return false;
        }
        return true;
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // the proxy's own sanity check answers a malformed length with 400
        }
    }

    void rejectBody(RoutingContext ctx) {
        Problems.send(ctx, 413, "payload-too-large", "Request body too large",
                "The request body may have at most " + maxBodySize + " bytes on this path.", true);
    }

    /**
     * Asks the pool for a connection, waiting at most the queue timeout, and hands it to the exchange, which
     * gives it back at once if the client already left. The response timeout is the request's idle timeout:
     * no byte from the upstream for that long fails the request (504) and closes its connection.
     */
    private Future<io.vertx.core.http.HttpClientRequest> originRequest(ProxyContext context) {
        ProxyExchange exchange = context.get(ForwardingInterceptor.EXCHANGE, ProxyExchange.class);
        RequestOptions options = new RequestOptions()
                .setServer(address)
                .setConnectTimeout(queueTimeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        Future<io.vertx.core.http.HttpClientRequest> request = context.client().request(options);
        return exchange == null ? request : request.compose(exchange::attach);
    }
}
