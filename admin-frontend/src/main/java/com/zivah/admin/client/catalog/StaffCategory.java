package com.zivah.admin.client.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A category as the staff pages show and edit it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffCategory(long id, String slug, LocalizedText name, LocalizedText description, String icon,
                            int sortOrder, long productCount, String color, long version) {

    public String deleteUrl() {
        return "/admin/catalog/categories/" + id + "/delete";
    }
}
