package com.zivah.admin.rest.catalog;

import jakarta.ws.rs.QueryParam;

/** The product list's search, filters and page as in the URL (so a filtered list can be bookmarked). */
public class ProductListQuery {

    @QueryParam("q") public String q;
    @QueryParam("category") public String category;
    @QueryParam("active") public String active;
    @QueryParam("page") public String page;

    /** The page index from 0 (the URL counts from 1; anything else is page 1). */
    public int pageIndex() {
        try {
            return page == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(page.trim()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The list's URL with these filters and the given page (1-based). */
    public String url(int pageNumber) {
        StringBuilder url = new StringBuilder("/admin/catalog/products?page=").append(pageNumber);
        append(url, "q", q);
        append(url, "category", category);
        append(url, "active", active);
        return url.toString();
    }

    public boolean filtered() {
        return notBlank(q) || notBlank(category) || notBlank(active);
    }

    private static void append(StringBuilder url, String name, String value) {
        if (notBlank(value)) {
            url.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
