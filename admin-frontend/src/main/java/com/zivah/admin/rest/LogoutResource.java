package com.zivah.admin.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Staff logout. A plain GET (a link, an image, a prefetch, another site) must never end a session, so GET only shows
 * a confirmation form; the logout itself is a POST that Quarkus REST CSRF has verified before this runs. It ends the
 * local session (the OIDC session cookies) and then the Keycloak session (RP-initiated logout with
 * {@code id_token_hint}), which sends the browser back to the public home page.
 */
@Path("/admin/logout")
@PermitAll
public class LogoutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance logout(AdminPage page);
    }

    private final CurrentLanguage language;
    private final SecurityIdentity identity;
    private final Instance<OidcSession> session;
    private final Instance<OidcConfigurationMetadata> metadata;

    public LogoutResource(CurrentLanguage language, SecurityIdentity identity, Instance<OidcSession> session,
            Instance<OidcConfigurationMetadata> metadata) {
        this.language = language;
        this.identity = identity;
        this.session = session;
        this.metadata = metadata;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm(@Context UriInfo uri) {
        Language lang = language.get();
        return Templates.logout(AdminPage.of(lang, uri, "")).setLocale(lang.locale());
    }

    @POST
    @Blocking
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Uni<Response> logout(@Context UriInfo uri) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(Redirects.seeOther("/"));
        }
        JsonWebToken idToken = session.get().getIdToken();
        String idTokenHint = idToken == null ? null : idToken.getRawToken();
        String endSession = metadata.get().getEndSessionUri();
        return session.get().logout().map(done -> {
            if (endSession == null || idTokenHint == null) {
                return Redirects.seeOther("/");
            }
            // Keycloak checks post_logout_redirect_uri against the client's registered URIs, so a forged Host
            // cannot turn this into an open redirect.
            String home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build().toString();
            String keycloak = UriBuilder.fromUri(endSession)
                    .queryParam("id_token_hint", idTokenHint)
                    .queryParam("post_logout_redirect_uri", home)
                    .build().toString();
            return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, keycloak).build();
        });
    }
}
