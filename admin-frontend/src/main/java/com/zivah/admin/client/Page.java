package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of a staff list, as every data service answers it (platform-web's PageResponse). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    /** One-based, for people. */
    public int number() {
        return page + 1;
    }
}
