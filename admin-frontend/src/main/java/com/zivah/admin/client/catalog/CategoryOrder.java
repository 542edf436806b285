package com.zivah.admin.client.catalog;

import java.util.List;

/** Every category slug once, in the new display order. */
public record CategoryOrder(List<String> slugs) {
}
