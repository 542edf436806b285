package com.zivah.web.rest;

import com.zivah.platform.http.ETags;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The site's CSS and scripts under fingerprinted URLs ({@code /assets/site.<hash>.css}): the hash is of the bytes,
 * so a URL never changes meaning and is served {@code immutable} for a year; a new build links new URLs. htmx comes
 * from its webjar (Maven), served from our own origin (the CSP allows scripts from 'self' only). Templates link them
 * as {@code {inject:assets.css}}.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final Asset css = load("META-INF/resources/css/site.css", "site", "css", "text/css; charset=utf-8");
    private final Asset htmx = load(HTMX, "htmx", "js", "text/javascript; charset=utf-8");

    public String css() {
        return css.path;
    }

    public String htmx() {
        return htmx.path;
    }

    void install(@Observes Router router) {
        for (Asset asset : new Asset[] {css, htmx}) {
            router.get(asset.path).handler(ctx -> serve(ctx, asset));
        }
    }

    private static void serve(RoutingContext ctx, Asset asset) {
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).putHeader(HttpHeaders.ETAG, asset.etag);
        if (ETags.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), asset.etag)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, asset.type).end(asset.bytes);
    }

    private record Asset(String path, String etag, String type, Buffer bytes) {
    }

    private static Asset load(String resource, String name, String extension, String type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            return new Asset("/assets/" + name + "." + hash + "." + extension, "\"" + hash + "\"", type,
                    Buffer.buffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
