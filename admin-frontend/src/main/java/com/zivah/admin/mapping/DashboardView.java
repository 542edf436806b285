package com.zivah.admin.mapping;

import java.util.List;

/**
 * The dashboard's figures, computed from quote-service's statistics by {@link DashboardMapper}: RFQs today and this
 * week (Monday to today, UTC days), the average time to first response (formatted, null while no quote has one),
 * quotes sent (SENT + CLOSED: every quote that reached the buyer), the count per status, and the chart data as JSON
 * (read by {@code admin.js} from a data attribute: no inline script).
 */
public record DashboardView(long today, long week, String firstResponse, long sent, List<StatusCount> statuses,
        String perDayJson, String topProductsJson, List<TopProduct> topProducts) {

    public record StatusCount(String status, long count) {
    }

    public record TopProduct(String sku, String name, long quotes, long totalQuantity) {
    }
}
