package com.zivah.web.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points the app's REST clients, and unless {@code initArgs oidc=false} its OIDC discovery, at one
 * {@link FakeUpstreams} on a free port. With {@code oidc=false} another resource (KeycloakResource) owns OIDC.
 */
public class FakeUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private FakeUpstreams fake;
    private boolean fakeOidc = true;

    @Override
    public void init(Map<String, String> initArgs) {
        fakeOidc = !"false".equals(initArgs.get("oidc"));
    }

    @Override
    public Map<String, String> start() {
        fake = new FakeUpstreams();
        String base = fake.baseUrl();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.rest-client.catalog.url", base,
                "quarkus.rest-client.quote.url", base,
                "zivah.test.fake-upstreams-url", base));
        if (fakeOidc) {
            config.put("quarkus.oidc.auth-server-url", base + "/realms/zivah");
            config.put("quarkus.oidc.credentials.secret", "test-only-secret-of-sufficient-length-0123456789");
        }
        return config;
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.stop();
        }
    }
}
