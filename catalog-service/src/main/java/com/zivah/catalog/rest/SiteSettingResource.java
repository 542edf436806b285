package com.zivah.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.catalog.api.SettingUpdateRequest;
import com.zivah.catalog.api.SettingView;
import com.zivah.catalog.service.SiteSettingService;
import com.zivah.platform.activity.RequestOrigins;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site settings")
public class SiteSettingResource {

    private final SiteSettingService service;
    private final RequestOrigins origins;

    public SiteSettingResource(SiteSettingService service, RequestOrigins origins) {
        this.service = service;
        this.origins = origins;
    }

    @GET
    @Path("/public")
    @PermitAll
    @Operation(summary = "The public site settings as key → typed value",
            description = "Company name, contact data, social links, hero texts, default currency...: a JSON object "
                    + "whose values keep their type (string, number, boolean, object).")
    @APIResponse(responseCode = "200", description = "key → value of every public setting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, example = "{\"company-name\": \"ZIVAH Trading S.A.\", "
                            + "\"default-currency\": \"USD\", \"show-stock-levels\": true}")))
    public Map<String, JsonNode> publicValues() {
        return service.publicValues();
    }

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "Every site setting with its type, public flag and version (staff)")
    @APIResponse(responseCode = "200", description = "All settings by key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SettingView.class)))
    public List<SettingView> list() {
        return service.listAll();
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Change the value of a setting (ADMIN); publishes SiteSettingChanged with the new version",
            description = "The value must match the setting's type and key (e-mail keys an e-mail, default-currency "
                    + "ISO 4217, social-links an object of https URLs, TEXT at most 500 characters without control "
                    + "characters). version is the version the edit was based on. Recorded in the activity log "
                    + "(setting.updated, the value before and after).")
    @APIResponse(responseCode = "200", description = "The changed setting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "400", description = "The value is invalid (errors[].field = value)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such setting", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The setting changed since the version the edit was based on",
            content = @Content(mediaType = "application/problem+json"))
    public SettingView update(@PathParam("key") String key, @NotNull @Valid SettingUpdateRequest request) {
        return service.update(key, request, origins.current());
    }
}
