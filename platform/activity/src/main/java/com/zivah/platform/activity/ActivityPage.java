package com.zivah.platform.activity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of a page of activity entries (platform-web's {@code PageResponse} is generic): name it in a
 * service's {@code rest/ActivityResource} {@code @APIResponse}.
 */
@Schema(name = "ActivityPage")
public record ActivityPage(List<ActivityView> items, int page, int size, long totalItems, int totalPages) {
}
