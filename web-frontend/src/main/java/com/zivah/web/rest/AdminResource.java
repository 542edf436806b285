package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.i18n.CurrentLanguage;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The staff area. Reached through Keycloak's authorization code flow; roles come from realm_access/roles. */
@Path("/admin")
@RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
public class AdminResource {

    static final List<String> STAFF_ROLES = List.of("ADMIN", "MANAGER", "VIEWER");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(PageContext page, String fullName, String roles);
    }

    private final SecurityIdentity identity;
    private final CurrentLanguage language;

    /** The one field injection of main code: Quarkus' {@code @IdToken} qualifier cannot annotate a parameter. */
    @Inject
    @IdToken
    JsonWebToken idToken;

    public AdminResource(SecurityIdentity identity, CurrentLanguage language) {
        this.identity = identity;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin(@Context UriInfo uri) {
        Language lang = language.get();
        String roles = String.join(", ", STAFF_ROLES.stream().filter(identity::hasRole).toList());
        return Templates.admin(PageContext.of(lang, uri, "admin"), fullName(), roles).setLocale(lang.locale());
    }

    private String fullName() {
        String name = idToken.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String preferred = idToken.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }
}
