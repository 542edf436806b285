package com.zivah.web.mapping;

/** A category as a page shows it: texts in the page language, its page URL, its color ({@code #RRGGBB}). */
public record CategoryView(String slug, String name, String description, String color, long productCount,
        boolean selected, String url) {
}
