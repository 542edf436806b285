package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One entry of {@code GET /api/quotes/{number}/timeline} (oldest first); details are not shown. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineEntry(Instant at, String actor, String kind, String summary) {
}
