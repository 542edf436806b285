package com.zivah.web.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the app's REST clients at one {@link FakeUpstreams} on a free port. */
public class FakeUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private FakeUpstreams fake;

    @Override
    public Map<String, String> start() {
        fake = new FakeUpstreams();
        String base = fake.baseUrl();
        return Map.of(
                "quarkus.rest-client.catalog.url", base,
                "quarkus.rest-client.quote.url", base,
                "zivah.test.fake-upstreams-url", base);
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.stop();
        }
    }
}
