package com.zivah.admin.rest.catalog;

import org.jboss.resteasy.reactive.RestForm;

import com.zivah.admin.client.catalog.CategoryWrite;
import com.zivah.admin.client.catalog.LocalizedText;
import com.zivah.admin.client.catalog.StaffCategory;

/** The category form as posted (catalog-service validates it; its messages are shown next to the fields). */
public class CategoryForm {

    @RestForm public String slug;
    @RestForm public String nameEs;
    @RestForm public String nameEn;
    @RestForm public String descriptionEs;
    @RestForm public String descriptionEn;
    @RestForm public String icon;
    @RestForm public String color;
    @RestForm public String version;

    /** A create ({@code version} null: slug sent) or an update (the slug never changes). */
    public CategoryWrite toWrite(Long basedOn) {
        return new CategoryWrite(basedOn == null ? blankToNull(slug) : null,
                new LocalizedText(trim(nameEs), trim(nameEn)),
                new LocalizedText(blankToNull(descriptionEs), blankToNull(descriptionEn)),
                blankToNull(icon), trim(color), basedOn);
    }

    public static CategoryForm of(StaffCategory category) {
        CategoryForm form = new CategoryForm();
        if (category == null) {
            form.color = "#8B5A2B";
            return form;
        }
        form.slug = category.slug();
        form.nameEs = category.name().es();
        form.nameEn = category.name().en();
        form.descriptionEs = category.description() == null ? null : category.description().es();
        form.descriptionEn = category.description() == null ? null : category.description().en();
        form.icon = category.icon();
        form.color = category.color();
        form.version = String.valueOf(category.version());
        return form;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
