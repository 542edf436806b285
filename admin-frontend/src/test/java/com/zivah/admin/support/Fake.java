package com.zivah.admin.support;

import com.zivah.testsupport.PactStubServer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test-side control of the running fake upstreams ({@link FakeUpstreamsResource}), over HTTP. */
public final class Fake {

    public static final String QUOTES = "/api/quotes";
    public static final String CONTACT = "/api/contact-messages";
    public static final String NOTIFICATIONS = "/api/notifications";
    public static final String CATALOG = "/api/catalog";

    private Fake() {
    }

    public static String baseUrl() {
        return ConfigProvider.getConfig().getValue("zivah.test.fake-upstreams-url", String.class);
    }

    private static PactStubServer.Remote remote() {
        return new PactStubServer.Remote(baseUrl());
    }

    /** OK, ERROR (503) or DOWN (connection dropped) for the service at {@code prefix}. */
    public static void mode(String prefix, String mode) {
        remote().mode(prefix, mode);
    }

    public static PactStubServer.Recorded last(String prefix) {
        return remote().last(prefix).orElseThrow(() -> new AssertionError("no call to " + prefix));
    }

    public static int unmatched() {
        return remote().unmatched();
    }
}
