package com.zivah.admin.client.users;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The users part of the Keycloak Admin API of one realm (base URI {@code <server>/admin/realms/<realm>}), called
 * with the service account's bearer token. Only {@code service/users/UserAdminService} calls it.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    /** Service accounts are never listed (Keycloak leaves them out of user searches). */
    @GET
    List<KeycloakUser> search(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("search") String search,
                              @QueryParam("first") int first, @QueryParam("max") int max,
                              @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("/count")
    int count(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("search") String search);

    @GET
    @Path("/{id}")
    KeycloakUser user(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    /** 201 with {@code Location: .../users/<id>}; 409 when the username or e-mail is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, KeycloakUser user);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    void update(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id, KeycloakUser user);

    /** The realm roles mapped directly to the user. */
    @GET
    @Path("/{id}/role-mappings/realm")
    List<RealmRole> realmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    /** The realm roles that could still be mapped to the user (with their ids, which a mapping needs). */
    @GET
    @Path("/{id}/role-mappings/realm/available")
    List<RealmRole> availableRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                        @PathParam("id") String id);

    @POST
    @Path("/{id}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    void addRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
                       List<RealmRole> roles);

    @DELETE
    @Path("/{id}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    void removeRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
                          List<RealmRole> roles);

    /** Keycloak mails the user a link to do the actions (UPDATE_PASSWORD) through the realm's SMTP server. */
    @PUT
    @Path("/{id}/execute-actions-email")
    @Consumes(MediaType.APPLICATION_JSON)
    void executeActionsEmail(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
                             @QueryParam("lifespan") int lifespanSeconds, List<String> actions);
}
