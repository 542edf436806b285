package com.zivah.testsupport;

import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every request quarkus-oidc sends to Keycloak (discovery, JWKS, introspection...), for tests that prove
 * tokens are verified locally. A bean in the test application of a service that indexes test-support
 * ({@code %test.quarkus.index-dependency.test-support.*}, see docs/CONVENTIONS.md).
 */
@Singleton
public class OutgoingOidcCalls implements OidcRequestFilter {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void filter(OidcRequestContext context) {
        calls.add(context.request().method() + " " + context.request().uri());
    }

    public void clear() {
        calls.clear();
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
