package com.zivah.web.rest;

import com.zivah.web.service.CatalogCache;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Public pages rendered once per catalog generation: the UTF-8 bytes and ETag of a page are kept in the
 * {@link CatalogCache} under its URL (raw path and query) and whether htmx asked for the fragment, so a request
 * for an unchanged page neither reads the catalog nor renders a template. A page depends on nothing else (the language
 * is in the path; no public page holds a CSRF token or a session), and its entry goes with the catalog's next change
 * like every other answer. Refusals thrown while building (404) are not kept.
 */
@ApplicationScoped
public class RenderedPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** A rendered page: its body and strong ETag. */
    record Rendered(byte[] body, String etag) implements CatalogCache.Weighed {
        @Override
        public int weight() {
            return body.length;
        }
    }

    private final CatalogCache cache;
    private final CurrentVertxRequest request;

    public RenderedPages(CatalogCache cache, CurrentVertxRequest request) {
        this.cache = cache;
        this.request = request;
    }

    /** The page of this request: from memory, or built by {@code page} (reading the catalog) and rendered. */
    Response html(Supplier<TemplateInstance> page, HttpHeaders headers) {
        HttpServerRequest current = request.getCurrent().request();
        Object key = Arrays.asList("page", current.path(), current.query(), Htmx.wantsFragment(headers));
        Rendered rendered = cache.get(key, () -> {
            byte[] body = page.get().render().getBytes(StandardCharsets.UTF_8);
            return new Rendered(body, CachedPage.etag(body));
        });
        return CachedPage.of(rendered.body(), rendered.etag(), HTML, headers);
    }
}
