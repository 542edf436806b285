package com.zivah.admin.rest.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.admin.client.catalog.SettingWrite;
import com.zivah.admin.client.catalog.SiteSetting;
import com.zivah.admin.mapping.settings.SettingEditors;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Redirects;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.RefusedException;
import com.zivah.admin.service.catalog.CatalogAdminService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Site settings (ADMIN only): one typed editor per setting, saved one at a time with the version it was based on.
 * A value the admin cannot even type (not a number, not JSON) is refused here; catalog-service validates the rest
 * and its message is shown next to the input; a stale version shows the current value with a message.
 */
@Path("/admin/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(AdminPage page, List<SettingRow> settings, boolean stale);
    }

    private final CatalogAdminService catalog;
    private final ManagePages pages;

    public SettingsResource(CatalogAdminService catalog, ManagePages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    public TemplateInstance settings(@QueryParam("done") String done) {
        return page(done, null, null, Map.of(), false);
    }

    @POST
    @Path("/{key}")
    public Response update(@PathParam("key") String key, @RestForm String value, @RestForm String version) {
        SiteSetting setting = catalog.settings().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode typed = SettingEditors.parse(setting.type(), value, errors);
        long basedOn;
        try {
            basedOn = Long.parseLong(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            basedOn = 0;
        }
        if (errors.isEmpty()) {
            try {
                catalog.updateSetting(key, new SettingWrite(typed, basedOn));
                return Redirects.seeOther("/admin/settings?done=settingSaved#setting-" + key);
            } catch (RefusedException refused) {
                if (ManagePages.stale(refused)) {
                    return Response.status(409).entity(page(null, null, null, Map.of(), true)).build();
                }
                Map<String, String> fields = ManagePages.fieldErrors(refused);
                errors.put("value", fields.getOrDefault("value", fields.values().stream().findFirst()
                        .orElse(refused.problem().detail())));
            }
        }
        return Response.status(400).entity(page(null, key, value, pages.localized(errors), false)).build();
    }

    /** The page; the setting {@code typedKey} shows {@code typedValue} and its error instead of the stored value. */
    private TemplateInstance page(String done, String typedKey, String typedValue, Map<String, String> errors,
                                  boolean stale) {
        List<SettingRow> rows = catalog.settings().stream()
                .map(s -> s.key().equals(typedKey)
                        ? new SettingRow(s, SettingEditors.editor(s), typedValue, errors.get("value"))
                        : new SettingRow(s, SettingEditors.editor(s), SettingEditors.display(s.value()), null))
                .toList();
        return pages.render(Templates.settings(pages.page("settings", done), rows, stale));
    }
}
