package com.zivah.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test profile of a service's tests with real Keycloak tokens ({@code @TestProfile(RealKeycloakProfile.class)} +
 * {@code @WithTestResource(KeycloakResource.class)}): the OIDC tenant, off in the default test profile (which uses
 * {@code @TestSecurity}), is switched on.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.tenant-enabled", "true");
    }
}
