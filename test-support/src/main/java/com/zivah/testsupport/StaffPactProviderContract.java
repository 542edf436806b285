package com.zivah.testsupport;

/**
 * {@link PactProviderContract} for a staff consumer (admin-frontend): every replayed request carries a real access
 * token of the demo MANAGER ({@code identity/src/main/keycloak/demo/}), the role a staff member who reads and
 * writes has, so the provider's role checks run as in production. The subclass adds
 * {@code @TestProfile(RealKeycloakProfile.class)} and {@code @WithTestResource(KeycloakResource.class)}.
 */
public abstract class StaffPactProviderContract extends PactProviderContract {

    @Override
    protected String staffAccessToken() {
        return KeycloakResource.accessToken("manager", "Manager#Zivah2026");
    }
}
