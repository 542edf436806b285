package com.zivah.catalog.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code ?version=<n>} of a DELETE: the version the deletion was based on (a 400 naming version when absent). */
public class VersionParameter {

    @QueryParam("version")
    @NotNull(message = "{zivah.version.current}")
    @Min(value = 1, message = "{zivah.version.current}")
    @Schema(description = "The version the deletion was based on (from GET); 409 when it changed meanwhile")
    public Long version;
}
