package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code GET /api/quotes/{number}/timeline} (oldest first). The page writes each entry in its own
 * language from {@code kind} + {@code details} ({@link #text}, {@link #amount}); {@code summary} is the service's
 * English line, shown only for a kind the admin does not know.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineEntry(Instant at, String actor, String kind, String summary, Map<String, Object> details) {

    public TimelineEntry {
        details = details == null ? Map.of() : details;
    }

    /** A detail as text ({@code from}, {@code to}, {@code action}, {@code reason}, {@code version}); null for none. */
    public String text(String key) {
        Object value = details.get(key);
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    /** A detail as an amount ({@code total}); null when absent or not a number. */
    public BigDecimal amount(String key) {
        Object value = details.get(key);
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return value instanceof String s ? new BigDecimal(s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The timeline with the currency of each entry's total under {@code details.currency}: a SENT entry carries it, a
     * PRICED entry carries only a change ({@code {"old", "new"}}) when the currency changed, so the currency in force
     * is followed from the first change's {@code old} on. Without any change it stays absent (the quote's currency).
     */
    public static List<TimelineEntry> withCurrencies(List<TimelineEntry> timeline) {
        String current = timeline.stream().map(e -> e.details.get("currency"))
                .filter(Map.class::isInstance).map(c -> (String) ((Map<?, ?>) c).get("old"))
                .findFirst().orElse(null);
        List<TimelineEntry> result = new ArrayList<>(timeline.size());
        for (TimelineEntry entry : timeline) {
            Object currency = entry.details.get("currency");
            if (currency instanceof Map<?, ?> change) {
                current = (String) change.get("new");
            } else if (currency instanceof String sent) {
                current = sent;
            }
            if ("PRICED".equals(entry.kind) && current != null) {
                Map<String, Object> details = new LinkedHashMap<>(entry.details);
                details.put("currency", current);
                entry = new TimelineEntry(entry.at, entry.actor, entry.kind, entry.summary, details);
            }
            result.add(entry);
        }
        return result;
    }
}
