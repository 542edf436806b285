package com.zivah.catalog.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Filters of the staff product list: {@code ?category=<slug>&active=true|false&q=<part of SKU or name>}. */
public class StaffProductFilter {

    @QueryParam("category")
    @Size(max = 100, message = "{zivah.text.max-length}")
    @Schema(description = "Category slug")
    public String category;

    @QueryParam("active")
    @Pattern(regexp = "true|false", message = "{zivah.boolean}")
    @Schema(type = SchemaType.BOOLEAN, description = "true: only on sale; false: only withdrawn; absent: all")
    public String active;

    @QueryParam("q")
    @Size(max = 100, message = "{zivah.text.max-length}")
    @Pattern(regexp = "[^\\p{Cc}]*", message = "{zivah.text.control}")
    @Schema(description = "Part of the SKU or of the Spanish or English name (case-insensitive)")
    public String q;
}
