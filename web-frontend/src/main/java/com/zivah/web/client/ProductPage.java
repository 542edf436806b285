package com.zivah.web.client;

import java.util.List;

/** The catalog's paging envelope: the items of one page and the totals the pager needs. */
public record ProductPage(List<ProductDto> items, long totalItems, int totalPages) {

    public List<ProductDto> items() {
        return items == null ? List.of() : items;
    }
}
