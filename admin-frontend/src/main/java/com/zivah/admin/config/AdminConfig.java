package com.zivah.admin.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the admin (upstream URLs and timeouts live in quarkus.rest-client.*, OIDC in quarkus.oidc.*). */
@ConfigMapping(prefix = "zivah.admin")
public interface AdminConfig {

    /** Max-age of the language cookie set by the language switch, in days. */
    @WithDefault("365")
    int languageCookieDays();

    /** Rows per page of the staff lists. */
    @WithDefault("20")
    int pageSize();

    /** The Keycloak Admin API service account (user administration, ADMIN only). */
    Users users();

    interface Users {
        /** The realm's service-account client ({@code zivah-user-admin}: view/query/manage-users only). */
        @WithDefault("zivah-user-admin")
        String clientId();

        /** Its secret: {@code ZIVAH_USER_ADMIN_SECRET} from the environment, no default in production. */
        String secret();

        /**
         * The realm as the admin reaches Keycloak directly (backchannel, not through the gateway, whose {@code /auth}
         * route does not serve the Admin API), e.g. {@code http://localhost:8180/realms/zivah}: the token
         * endpoint is below it, the Admin API beside it at {@code <server>/admin/realms/<realm>}.
         */
        String realmUrl();

        /** How long the link of a set-password or reset mail stays valid, in seconds (Keycloak's lifespan). */
        @WithDefault("259200")
        int actionLinkLifespanSeconds();
    }
}
