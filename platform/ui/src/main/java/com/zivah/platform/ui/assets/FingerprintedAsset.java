package com.zivah.platform.ui.assets;

import com.zivah.platform.http.ETags;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A CSS or script file under a fingerprinted URL ({@code /assets/site.<hash>.css}): the hash is of the bytes, so a URL
 * never changes meaning and is served {@code immutable} for a year; a new build links new URLs. One asset may be the
 * concatenation of several classpath resources: a frontend's stylesheet is the kit's {@link #TOKENS} followed by its
 * own rules, one request. Served from our own origin (the CSP allows 'self' only).
 */
public final class FingerprintedAsset {

    /** The shared design tokens (colours, radius, font) every frontend stylesheet starts with. */
    public static final String TOKENS = "META-INF/ui/tokens.css";
    public static final String CSS = "text/css; charset=utf-8";
    public static final String JS = "text/javascript; charset=utf-8";
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final String path;
    private final String etag;
    private final String type;
    private final Buffer bytes;

    private FingerprintedAsset(String path, String etag, String type, Buffer bytes) {
        this.path = path;
        this.etag = etag;
        this.type = type;
        this.bytes = bytes;
    }

    /** The classpath {@code resources}, in this order, as {@code <base>/<name>.<hash>.<extension>}. */
    public static FingerprintedAsset of(String base, String name, String extension, String type,
            String... resources) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String resource : resources) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing asset " + resource);
                }
                all.writeBytes(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] content = all.toByteArray();
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
            return new FingerprintedAsset(base + "/" + name + "." + hash + "." + extension, "\"" + hash + "\"", type,
                    Buffer.buffer(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String path() {
        return path;
    }

    /** Serves the asset at its path (GET, strong ETag, 304 on a match). */
    public void install(Router router) {
        router.get(path).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).putHeader(HttpHeaders.ETAG, etag);
        if (ETags.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, type).end(bytes);
    }
}
