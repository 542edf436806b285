package com.zivah.admin.rest.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.zivah.admin.client.catalog.CsvImportReport;
import com.zivah.admin.rest.AdminPage;
import com.zivah.admin.rest.ManagePages;
import com.zivah.admin.rest.Roles;
import com.zivah.admin.service.RefusedException;
import com.zivah.admin.service.catalog.CatalogAdminService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The product CSV: the export streamed from catalog-service to the browser (never held in memory), and the import in
 * two steps — upload → catalog-service's dry run (what the rows would do, or every row's errors) → apply the same
 * text (carried in the report page's form) in one transaction.
 */
@Path("/admin/catalog")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
public class ProductCsvResource {

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)\\]\\.?(.*)");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance csvImport(AdminPage page, CsvImportReport report, String csv,
                                                 List<RowError> errors, String problem);
    }

    /** One error of the file: its row (1 = the header), column and message. */
    public record RowError(String row, String column, String message) {
    }

    private final CatalogAdminService catalog;
    private final ManagePages pages;

    public ProductCsvResource(CatalogAdminService catalog, ManagePages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    @Path("/products.csv")
    @Produces("text/csv")
    public Response export() {
        InputStream csv = catalog.exportCsv();
        StreamingOutput body = out -> {
            try (InputStream in = csv) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"zivah-products.csv\"").build();
    }

    @GET
    @Path("/products/import")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance importForm() {
        return page(null, null, List.of(), null);
    }

    /** Step 1 (a file: dry run) or step 2 ({@code apply=true} with the checked text). */
    @POST
    @Path("/products/import")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response importCsv(@RestForm("file") FileUpload file, @RestForm String csv, @RestForm String apply)
            throws IOException {
        boolean applying = "true".equals(apply) && csv != null && !csv.isBlank();
        String text = applying ? csv : file == null || file.size() == 0 ? null
                : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        if (text == null || text.isBlank()) {
            return Response.status(400).entity(page(null, null, List.of(),
                    pages.localized(Map.of("", "csvMissing")).get(""))).build();
        }
        try {
            CsvImportReport report = catalog.importCsv(text, !applying);
            return Response.ok(page(report, applying ? null : text, List.of(), null)).build();
        } catch (RefusedException refused) {
            List<RowError> errors = new ArrayList<>();
            ManagePages.fieldErrors(refused).forEach((field, message) -> {
                Matcher m = ROW_FIELD.matcher(field);
                errors.add(m.matches() ? new RowError(m.group(1), m.group(2), message) : new RowError("", field, message));
            });
            String detail = errors.isEmpty() ? refused.problem().detail() : null;
            return Response.status(400).entity(page(null, null, errors, detail)).build();
        }
    }

    private TemplateInstance page(CsvImportReport report, String csv, List<RowError> errors, String problem) {
        return pages.render(Templates.csvImport(pages.page("products", null), report, csv, errors, problem));
    }
}
