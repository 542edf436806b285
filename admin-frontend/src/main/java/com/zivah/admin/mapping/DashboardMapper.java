package com.zivah.admin.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.admin.client.QuoteStatistics;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quote-service statistics → the dashboard's figures. Pure. */
public final class DashboardMapper {

    /** The statuses in the order of the quote's life. */
    public static final List<String> STATUSES = List.of("PENDING", "PROCESSING", "SENT", "CLOSED", "CANCELLED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardMapper() {
    }

    public static DashboardView view(QuoteStatistics stats, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long todayCount = 0;
        long week = 0;
        Map<String, Object> perDay = new LinkedHashMap<>();
        List<String> days = stats.perDay().stream().map(day -> day.date().toString()).toList();
        for (QuoteStatistics.Day day : stats.perDay()) {
            if (day.date().equals(today)) {
                todayCount = day.quotes();
            }
            if (!day.date().isBefore(monday) && !day.date().isAfter(today)) {
                week += day.quotes();
            }
        }
        perDay.put("days", days);
        perDay.put("counts", stats.perDay().stream().map(QuoteStatistics.Day::quotes).toList());
        List<DashboardView.StatusCount> statuses = STATUSES.stream()
                .map(status -> new DashboardView.StatusCount(status, stats.byStatus().getOrDefault(status, 0L)))
                .toList();
        long sent = stats.byStatus().getOrDefault("SENT", 0L) + stats.byStatus().getOrDefault("CLOSED", 0L);
        List<DashboardView.TopProduct> top = stats.topProducts().stream()
                .map(p -> new DashboardView.TopProduct(p.sku(), p.productName(), p.quotes(), p.totalQuantity()))
                .toList();
        Map<String, Object> topJson = new LinkedHashMap<>();
        topJson.put("names", top.stream().map(DashboardView.TopProduct::name).toList());
        topJson.put("quotes", top.stream().map(DashboardView.TopProduct::quotes).toList());
        return new DashboardView(todayCount, week, duration(stats.averageFirstResponseSeconds()), sent, statuses,
                json(perDay), json(topJson), top);
    }

    /** {@code 45 s}, {@code 12 min}, {@code 3 h 05 min}, {@code 2 d 4 h}; null for none. */
    static String duration(Double seconds) {
        if (seconds == null) {
            return null;
        }
        Duration d = Duration.ofSeconds(Math.round(seconds));
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h " + String.format("%02d", d.toMinutesPart()) + " min";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
