package com.zivah.admin.service.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.zivah.admin.client.logs.ActivityEntry;
import com.zivah.admin.client.logs.ActivityLogApi;
import com.zivah.admin.client.logs.CatalogActivityClient;
import com.zivah.admin.client.logs.NotificationActivityClient;
import com.zivah.admin.client.logs.QuoteActivityClient;
import com.zivah.admin.mapping.logs.ActivityChanges;
import com.zivah.admin.client.Page;
import com.zivah.admin.service.Upstream;
import com.zivah.admin.service.UpstreamUnavailableException;

/**
 * The activity page: catalog-service's, quote-service's and notification-service's logs merged newest first. Page
 * {@code p} needs the newest {@code (p+1)·size} entries of each log (each log is sorted), read in pages of at most
 * 100; so the depth is bounded ({@link #MAX_PAGE}) and filters narrow it.
 */
@ApplicationScoped
public class ActivityLogService {

    public static final int PAGE_SIZE = 25;
    /** The deepest page offered: 40 × 25 = the newest 1,000 entries of each log for the filters chosen. */
    public static final int MAX_PAGE = 39;
    private static final int UPSTREAM_PAGE = 100;
    private static final Logger LOG = Logger.getLogger(ActivityLogService.class);

    private final Map<String, ActivityLogApi> logs = new LinkedHashMap<>();
    private final Upstream upstream;

    public ActivityLogService(@RestClient CatalogActivityClient catalog, @RestClient QuoteActivityClient quote,
                              @RestClient NotificationActivityClient notification, Upstream upstream) {
        logs.put("catalog", catalog);
        logs.put("quote", quote);
        logs.put("notification", notification);
        this.upstream = upstream;
    }

    public MergedActivity page(ActivityFilter filter, int page) {
        int wanted = Math.min(page, MAX_PAGE);
        int needed = (wanted + 1) * PAGE_SIZE;
        List<ActivityRow> rows = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, ActivityLogApi> log : logs.entrySet()) {
            try {
                total += read(log.getKey(), log.getValue(), filter, needed, rows);
            } catch (UpstreamUnavailableException | jakarta.ws.rs.NotFoundException e) {
                // down, or (404) a service version without the activity kit's endpoint yet
                LOG.warnf("The %s activity log is unavailable: %s", log.getKey(), e.getMessage());
                unavailable.add(log.getKey());
            }
        }
        rows.sort(Comparator.comparing((ActivityRow r) -> r.entry().occurredAt()).reversed()
                .thenComparing(r -> r.service())
                .thenComparing(r -> -r.entry().id()));
        int from = Math.min(rows.size(), wanted * PAGE_SIZE);
        int to = Math.min(rows.size(), from + PAGE_SIZE);
        long reachable = Math.min(total, (long) (MAX_PAGE + 1) * PAGE_SIZE);
        return new MergedActivity(List.copyOf(rows.subList(from, to)), wanted, PAGE_SIZE, reachable, unavailable);
    }

    /** Adds the newest {@code needed} entries of one log to {@code rows}; answers the log's total for the filter. */
    private long read(String service, ActivityLogApi log, ActivityFilter filter, int needed, List<ActivityRow> rows) {
        long total = 0;
        int read = 0;
        for (int upstreamPage = 0; read < needed; upstreamPage++) {
            int page = upstreamPage;
            int size = Math.min(UPSTREAM_PAGE, needed);
            Page<ActivityEntry> answer = upstream.call(service + "-service", () -> log.list(filter.actor(), filter.entityType(), filter.action(),
                    filter.from(), filter.to(), page, size));
            total = answer.totalItems();
            for (ActivityEntry entry : answer.items()) {
                rows.add(new ActivityRow(service, entry, ActivityChanges.of(entry.oldValue(), entry.newValue())));
            }
            read += answer.items().size();
            if (answer.items().size() < size || page + 1 >= answer.totalPages()) {
                break;
            }
        }
        return total;
    }
}
