package com.zivah.admin.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import com.zivah.platform.ui.assets.FingerprintedAsset;

import io.vertx.ext.web.Router;

/**
 * The stylesheet and script of the catalog, settings, users and log pages, beside the admin's own ({@link Assets}),
 * under fingerprinted immutable URLs: {@code {inject:manageAssets.css}}, {@code {inject:manageAssets.upload}} (the
 * image upload's progress bar; the form works without it).
 */
@ApplicationScoped
@Named("manageAssets")
public class ManageAssets {

    private final FingerprintedAsset css = FingerprintedAsset.of(Assets.BASE, "manage", "css", FingerprintedAsset.CSS,
            "admin/manage.css");
    private final FingerprintedAsset upload = FingerprintedAsset.of(Assets.BASE, "upload", "js", FingerprintedAsset.JS,
            "admin/upload.js");

    public String css() {
        return css.path();
    }

    public String upload() {
        return upload.path();
    }

    void install(@Observes Router router) {
        css.install(router);
        upload.install(router);
    }
}
