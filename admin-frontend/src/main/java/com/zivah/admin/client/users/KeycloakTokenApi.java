package com.zivah.admin.client.users;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Keycloak's token endpoint of the realm (base URI: the realm URL), for the service account's client credentials. */
@Path("/protocol/openid-connect/token")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakTokenApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ServiceAccountToken clientCredentials(@FormParam("grant_type") String grantType,
                                          @FormParam("client_id") String clientId,
                                          @FormParam("client_secret") String clientSecret);
}
