package com.zivah.quote.api;

import com.zivah.quote.TimelineKind;
import java.time.Instant;
import java.util.Map;

/** One entry of {@code GET /api/quotes/{number}/timeline} (oldest first). */
public record TimelineEntry(Instant at, String actor, TimelineKind kind, String summary, Map<String, Object> details) {
}
