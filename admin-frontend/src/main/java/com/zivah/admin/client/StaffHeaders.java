package com.zivah.admin.client;

import com.zivah.platform.requestid.RequestIdHeaders;
import com.zivah.platform.ui.i18n.CurrentLanguage;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The headers of every call to a data service: the request id (platform-core's {@link RequestIdHeaders}) and the
 * signed-in staff member's own access token as {@code Authorization: Bearer} — token propagation, so each service
 * checks the staff member's roles itself and records who did what; the admin holds no service credential of its own
 * for the data services. And the page's language as {@code Accept-Language}, so a service's field messages
 * ({@code errors[].message}) come back in the language the staff member reads. {@code @RegisterClientHeaders(StaffHeaders.class)}
 * on every client interface.
 */
@ApplicationScoped
public class StaffHeaders implements ClientHeadersFactory {

    private final RequestIdHeaders requestId = new RequestIdHeaders();
    private final CurrentIdentityAssociation identities;
    private final CurrentLanguage language;

    public StaffHeaders(CurrentIdentityAssociation identities, CurrentLanguage language) {
        this.identities = identities;
        this.language = language;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = requestId.update(incoming, outgoing);
        SecurityIdentity identity = identities.getIdentity();
        AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        headers.putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.get().tag());
        return headers;
    }
}
