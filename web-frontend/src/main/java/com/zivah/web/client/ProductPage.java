package com.zivah.web.client;

import java.util.List;

/** The catalog's paging envelope (page is zero-based). */
public record ProductPage(List<ProductDto> items, int page, int size, long totalItems, int totalPages) {

    public List<ProductDto> items() {
        return items == null ? List.of() : items;
    }
}
