package com.zivah.admin.rest;

import com.zivah.platform.ui.assets.FingerprintedAsset;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

/**
 * The admin's CSS and scripts under fingerprinted immutable URLs below {@code /admin/assets/} (platform/ui's
 * {@link FingerprintedAsset}; reachable without a session, so error and login-failure pages are styled): the
 * stylesheet is the kit's design tokens followed by {@code admin.css}; htmx and ECharts from their webjars (Maven);
 * our own scripts in files (the CSP allows scripts from 'self' only, nothing inline). Templates link them as
 * {@code {inject:assets.css}}, {@code {inject:assets.htmx}}, {@code {inject:assets.admin}}, {@code {inject:assets.echarts}}.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    static final String BASE = "/admin/assets";
    static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final FingerprintedAsset css = FingerprintedAsset.of(BASE, "admin", "css", FingerprintedAsset.CSS,
            FingerprintedAsset.TOKENS, "admin/admin.css");
    private final FingerprintedAsset htmx = FingerprintedAsset.of(BASE, "htmx", "js", FingerprintedAsset.JS, HTMX);
    private final FingerprintedAsset echarts = FingerprintedAsset.of(BASE, "echarts", "js", FingerprintedAsset.JS,
            ECHARTS);
    private final FingerprintedAsset admin = FingerprintedAsset.of(BASE, "admin", "js", FingerprintedAsset.JS,
            "admin/admin.js");

    public String css() {
        return css.path();
    }

    public String htmx() {
        return htmx.path();
    }

    public String echarts() {
        return echarts.path();
    }

    public String admin() {
        return admin.path();
    }

    void install(@Observes Router router) {
        for (FingerprintedAsset asset : new FingerprintedAsset[] {css, htmx, echarts, admin}) {
            asset.install(router);
        }
    }
}
