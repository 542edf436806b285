package com.zivah.admin.rest.logs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import com.zivah.admin.service.logs.ActivityFilter;
import com.zivah.admin.service.logs.DeliveryFilter;

/**
 * The filters of the activity and delivery pages as in the URL (bookmarkable). Dates that are not ISO dates are
 * dropped (the services would refuse them); other values go to the services, which validate them.
 */
public class LogQuery {

    @QueryParam("actor") public String actor;
    @QueryParam("entityType") public String entityType;
    @QueryParam("action") public String action;
    @QueryParam("from") public String from;
    @QueryParam("to") public String to;
    @QueryParam("status") public String status;
    @QueryParam("kind") public String kind;
    @QueryParam("quoteNumber") public String quoteNumber;
    @QueryParam("recipient") public String recipient;
    @QueryParam("page") public String page;
    @QueryParam("done") public String done;

    public ActivityFilter activityFilter() {
        return new ActivityFilter(clean(actor), clean(entityType), clean(action), date(from), date(to));
    }

    public DeliveryFilter deliveryFilter() {
        return new DeliveryFilter(clean(status), clean(kind), clean(quoteNumber), clean(recipient), date(from),
                date(to));
    }

    public int pageIndex() {
        try {
            return page == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(page.trim()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code base} with these filters and page {@code pageNumber} (1-based). */
    public String url(String base, int pageNumber) {
        StringBuilder url = new StringBuilder(base).append("?page=").append(pageNumber);
        String[][] params = {{"actor", actor}, {"entityType", entityType}, {"action", action}, {"from", from},
                {"to", to}, {"status", status}, {"kind", kind}, {"quoteNumber", quoteNumber}, {"recipient", recipient}};
        for (String[] param : params) {
            if (clean(param[1]) != null) {
                url.append('&').append(param[0]).append('=')
                        .append(URLEncoder.encode(param[1].trim(), StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }

    /** The entity types the services log (contract.md). */
    public java.util.List<String> entityTypes() {
        return java.util.List.of("product", "category", "setting", "image", "quote", "contact-message", "delivery");
    }

    public String value(String value) {
        return value == null ? "" : value;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String date(String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
