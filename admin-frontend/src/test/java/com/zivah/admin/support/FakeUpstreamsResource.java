package com.zivah.admin.support;

import com.zivah.testsupport.PactStubServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points the admin's REST clients, and unless {@code initArgs oidc=false} its OIDC discovery, at one
 * {@link PactStubServer} answering from admin-frontend's committed pacts. With {@code oidc=false} another resource
 * (KeycloakResource) owns OIDC. Tests steer it through {@link Fake}.
 */
public class FakeUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private PactStubServer server;
    private boolean fakeOidc = true;

    @Override
    public void init(Map<String, String> initArgs) {
        fakeOidc = !"false".equals(initArgs.get("oidc"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, Path> pacts = new LinkedHashMap<>();
        Path quote = Contracts.committed(Contracts.QUOTE);
        pacts.put(Fake.QUOTES, quote);
        pacts.put(Fake.CONTACT, quote);
        Path notification = Contracts.committed(Contracts.NOTIFICATION);
        if (Files.exists(notification)) {
            pacts.put(Fake.NOTIFICATIONS, notification);
        }
        Path catalog = Contracts.committed(Contracts.CATALOG);
        if (Files.exists(catalog)) {
            pacts.put(Fake.CATALOG, catalog);
        }
        server = new PactStubServer(pacts, fakeOidc);
        String base = server.baseUrl();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.rest-client.catalog.url", base,
                "quarkus.rest-client.quote.url", base,
                "quarkus.rest-client.notification.url", base,
                "zivah.test.fake-upstreams-url", base));
        if (fakeOidc) {
            config.put("quarkus.oidc.auth-server-url", base + "/realms/zivah");
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
