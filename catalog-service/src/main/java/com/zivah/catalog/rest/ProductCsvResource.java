package com.zivah.catalog.rest;

import com.zivah.catalog.api.CsvImportParameters;
import com.zivah.catalog.api.CsvImportReport;
import com.zivah.catalog.service.ProductCsvService;
import com.zivah.platform.activity.RequestOrigins;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff product CSV: export of every product, import (dry run by default) of a whole file at once. */
@Path("/api/catalog/admin/products.csv")
@Tag(name = "Catalog staff")
public class ProductCsvResource {

    static final String CSV = "text/csv";

    private final ProductCsvService service;
    private final RequestOrigins origins;

    public ProductCsvResource(ProductCsvService service, RequestOrigins origins) {
        this.service = service;
        this.origins = origins;
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({"ADMIN", "MANAGER", "VIEWER"})
    @Operation(summary = "Every product, active or not, as CSV (staff)",
            description = "UTF-8, RFC 4180, header row sku,slug,categorySlug,nameEs,nameEn,descriptionEs,"
                    + "descriptionEn,specs,unit,minOrderQuantity,price,currency,priceOnRequest,stockQuantity,"
                    + "active,version. specs is the API's JSON array (ES/EN labels and values); price is "
                    + "empty when absent; a text cell starting with = + - @ or ' gets one leading ' (spreadsheets do "
                    + "not run it as a formula; the import removes it). Importing the file unchanged changes nothing.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response export() {
        return Response.ok(service.export(), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"zivah-products.csv\"")
                .build();
    }

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Operation(summary = "Import products from CSV (ADMIN, MANAGER): validate every row, then apply all or nothing",
            description = "The export's columns (any order). A row with a new SKU creates a product (version empty, "
                    + "slug derived from nameEs when empty); a row with an existing SKU updates it and must carry the "
                    + "version it was exported at (a product changed since is an error, never overwritten); a row "
                    + "equal to the product is left alone. dryRun=true (default) only validates and reports; "
                    + "dryRun=false applies a valid file in one transaction, each row recorded in the activity log "
                    + "and published like an API write. Any invalid row: 400 problem with every error as "
                    + "errors[].field = rows[<row>].<column> (the header is row 1), and nothing changes.")
    @APIResponse(responseCode = "200", description = "Valid: what the rows do (dryRun) or did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CsvImportReport.class)))
    @APIResponse(responseCode = "400", description = "Row errors, a bad header or not CSV; nothing changed",
            content = @Content(mediaType = "application/problem+json"))
    public CsvImportReport importCsv(@BeanParam @Valid CsvImportParameters parameters, String csv) {
        return service.importCsv(csv, parameters.isDryRun(), origins.current());
    }
}
