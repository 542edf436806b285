package com.zivah.catalog.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters of the product list: {@code ?category=<slug>&q=<text in the Spanish or English name>}. */
public class ProductFilter {

    @QueryParam("category")
    @Size(max = 100, message = "must be at most 100 characters")
    public String category;

    @QueryParam("q")
    @Size(max = 100, message = "must be at most 100 characters")
    public String q;
}
