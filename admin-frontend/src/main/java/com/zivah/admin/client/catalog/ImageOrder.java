package com.zivah.admin.client.catalog;

import java.util.List;

/** Every image id of a product once, the first becomes primary. */
public record ImageOrder(List<Long> imageIds, Long version) {
}
