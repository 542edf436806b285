package com.zivah.admin.service.users;

import java.util.List;

/** One page of users (page from 0). */
public record StaffUserPage(List<StaffUser> items, int page, int size, long totalItems) {

    /** The users page {@code pageNumber} (1-based) of the search {@code q}. */
    public String url(String q, int pageNumber) {
        return "/admin/users?page=" + pageNumber + "&q="
                + java.net.URLEncoder.encode(q == null ? "" : q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }
}
