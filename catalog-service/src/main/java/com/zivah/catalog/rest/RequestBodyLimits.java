package com.zivah.catalog.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.catalog.config.CatalogConfig;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.web.BodySizeLimit;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two body limits in one service: an image upload may declare up to {@code zivah.catalog.images.max-upload-size}
 * (plus the multipart envelope), every other request {@code zivah.catalog.max-body-size} (256K: JSON documents).
 * Quarkus' {@code quarkus.http.limits.max-body-size} is therefore the upload's size (the hard cap, also for chunked
 * bodies), and this route, before platform-web's BodySizeLimit, holds everything else to the small limit with the
 * same 413 problem (upload: naming {@code file}). The body is never read.
 */
@Singleton
public class RequestBodyLimits {

    /** Before platform-web's BodySizeLimit (-3) and Quarkus' own check (-2). */
    static final int ORDER = -4;
    /** The multipart envelope around the file: boundaries, part headers, alt texts and version. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private static final Pattern UPLOAD = Pattern.compile("/api/catalog/products/[^/]+/images/?");

    private final long maxBody;
    private final long maxUpload;
    private final ObjectMapper json;

    public RequestBodyLimits(CatalogConfig config, ObjectMapper json) {
        this.maxBody = config.maxBodySize().asLongValue();
        this.maxUpload = config.images().maxUploadSize().asLongValue() + MULTIPART_OVERHEAD;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        boolean upload = ctx.request().method() == HttpMethod.POST && UPLOAD.matcher(ctx.request().path()).matches();
        long max = upload ? maxUpload : maxBody;
        if (BodySizeLimit.declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= max) {
            ctx.next();
            return;
        }
        BodySizeLimit.reject(ctx, max, upload ? List.of(Problem.FieldError.of("file", "{zivah.file.max-bytes}",
                "max", max - MULTIPART_OVERHEAD)) : List.of(), json);
    }
}
