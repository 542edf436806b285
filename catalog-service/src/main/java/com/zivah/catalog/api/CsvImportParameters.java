package com.zivah.catalog.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code ?dryRun=true|false} of a CSV import: true (the default) only validates, false applies a valid file. */
public class CsvImportParameters {

    @QueryParam("dryRun")
    @Pattern(regexp = "true|false", message = "{zivah.boolean}")
    @Schema(type = SchemaType.BOOLEAN, defaultValue = "true",
            description = "true (default): validate every row and report, change nothing; false: apply a valid file")
    public String dryRun;

    public boolean isDryRun() {
        return !"false".equals(dryRun);
    }
}
