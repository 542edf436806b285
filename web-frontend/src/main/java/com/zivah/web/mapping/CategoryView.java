package com.zivah.web.mapping;

/** A category as the home page shows it. */
public record CategoryView(String slug, String name, String description, long productCount, boolean selected) {
}
