package com.zivah.admin.client.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of a category create (no version) or update (its version; the slug never changes). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryWrite(String slug, LocalizedText name, LocalizedText description, String icon, String color,
                            Long version) {
}
