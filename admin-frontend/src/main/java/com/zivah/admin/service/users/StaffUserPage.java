package com.zivah.admin.service.users;

import java.util.List;

/** One page of users (page from 0). */
public record StaffUserPage(List<StaffUser> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }
}
