package com.zivah.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** quote-service's {@code GET /api/quotes/statistics}: what the dashboard reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteStatistics(long totalQuotes, Map<String, Long> byStatus, List<Day> perDay,
        List<TopProduct> topProducts, Double averageFirstResponseSeconds, long respondedQuotes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate date, long quotes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TopProduct(long productId, String sku, String productName, long quotes, long totalQuantity) {
    }

    public Map<String, Long> byStatus() {
        return byStatus == null ? Map.of() : byStatus;
    }

    public List<Day> perDay() {
        return perDay == null ? List.of() : perDay;
    }

    public List<TopProduct> topProducts() {
        return topProducts == null ? List.of() : topProducts;
    }
}
