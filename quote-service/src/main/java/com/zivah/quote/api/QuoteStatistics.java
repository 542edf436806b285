package com.zivah.quote.api;

import com.zivah.quote.QuoteStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Staff statistics of quotes: how many per status (every status, zero included), per UTC day of the last 30 days
 * (today included, oldest first, zero-filled), the 10 most requested products (by the number of quotes listing
 * them, then total quantity) and the average time from submission to staff's first response, in seconds
 * ({@code null} while no quote has one), over {@code respondedQuotes} quotes; {@code quotesSent} quotes were sent
 * at least once (whatever their status now), in {@code versionsSent} versions.
 */
public record QuoteStatistics(long totalQuotes, Map<QuoteStatus, Long> byStatus, List<Day> perDay,
                              List<TopProduct> topProducts, Double averageFirstResponseSeconds,
                              long respondedQuotes, long quotesSent, long versionsSent) {

    public record Day(LocalDate date, long quotes) {
    }

    public record TopProduct(long productId, String sku, String productName, long quotes, long totalQuantity) {
    }
}
