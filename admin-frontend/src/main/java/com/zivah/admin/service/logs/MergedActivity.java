package com.zivah.admin.service.logs;

import java.util.List;

/**
 * One page of the three services' logs merged newest first; {@code unavailable} names the services whose log could
 * not be read (the page shows the others and says which are missing).
 */
public record MergedActivity(List<ActivityRow> rows, int page, int size, long totalItems, List<String> unavailable) {

    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    public String unavailableList() {
        return String.join(", ", unavailable);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
