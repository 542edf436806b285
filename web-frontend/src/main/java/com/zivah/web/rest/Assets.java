package com.zivah.web.rest;

import com.zivah.platform.ui.assets.FingerprintedAsset;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

/**
 * The site's CSS and scripts under fingerprinted immutable URLs (platform/ui's {@link FingerprintedAsset}): the
 * stylesheet is the kit's design tokens followed by the site's own rules; htmx comes from its webjar (Maven), served
 * from our own origin (the CSP allows scripts from 'self' only). Templates link them as {@code {inject:assets.css}}.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    static final String BASE = "/assets";
    static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    private final FingerprintedAsset css = FingerprintedAsset.of(BASE, "site", "css", FingerprintedAsset.CSS,
            FingerprintedAsset.TOKENS, "META-INF/resources/css/site.css");
    private final FingerprintedAsset htmx = FingerprintedAsset.of(BASE, "htmx", "js", FingerprintedAsset.JS, HTMX);

    public String css() {
        return css.path();
    }

    public String htmx() {
        return htmx.path();
    }

    void install(@Observes Router router) {
        css.install(router);
        htmx.install(router);
    }
}
