package com.zivah.catalog.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Search, filters and order of the public product list:
 * {@code ?q=<text>&category=<slug>&minPrice=&maxPrice=&inStock=true&sort=relevance|name|price|newest&lang=es|en}.
 * Values arrive as text and are checked here, so a malformed one is a 400 naming its parameter (the Java field names
 * are the parameter names).
 */
public class ProductFilter {

    @QueryParam("category")
    @Size(max = 100, message = "{zivah.text.max-length}")
    @Schema(description = "Category slug; only its products are listed (the facets still count every category)")
    public String category;

    @QueryParam("q")
    @Size(max = 100, message = "{zivah.text.max-length}")
    @Schema(description = "Full-text search over names, descriptions, specifications and SKUs in Spanish and English; "
            + "accents, case and plurals are ignored; web-search syntax (\"exact phrase\", -excluded, or)")
    public String q;

    @QueryParam("sort")
    @Pattern(regexp = "relevance|name|price|newest", message = "{catalog.sort}")
    @Schema(description = "Order: relevance (default; the catalog order without q), name (in lang), price (cheapest "
            + "first, price on request last), newest", enumeration = {"relevance", "name", "price", "newest"},
            defaultValue = "relevance")
    public String sort;

    @QueryParam("lang")
    @Pattern(regexp = "es|en", message = "{zivah.language}")
    @Schema(description = "The visitor's language: sort=name sorts by the name in it, and matches in it rank first",
            enumeration = {"es", "en"}, defaultValue = "es")
    public String lang;

    @QueryParam("minPrice")
    @Pattern(regexp = PRICE, message = "{zivah.price}")
    @Schema(type = SchemaType.NUMBER, description = "Lowest price (inclusive); products on request are left out")
    public String minPrice;

    @QueryParam("maxPrice")
    @Pattern(regexp = PRICE, message = "{zivah.price}")
    @Schema(type = SchemaType.NUMBER, description = "Highest price (inclusive); products on request are left out")
    public String maxPrice;

    @QueryParam("inStock")
    @Pattern(regexp = "true|false", message = "{zivah.boolean}")
    @Schema(type = SchemaType.BOOLEAN, description = "true: only products with stock; false or absent: all")
    public String inStock;

    /** A non-negative amount with at most 10 integer digits and 2 decimals (the column is numeric(12, 2)). */
    public static final String PRICE = "[0-9]{1,10}(\\.[0-9]{1,2})?";
}
