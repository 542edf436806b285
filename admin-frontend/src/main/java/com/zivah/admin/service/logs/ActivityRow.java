package com.zivah.admin.service.logs;

import java.util.List;

import com.zivah.admin.client.logs.ActivityEntry;

/** One line of the merged activity page: the entry, the service that logged it and what changed (old → new). */
public record ActivityRow(String service, ActivityEntry entry, List<Change> changes) {

    /** One changed field; {@code field} is empty when the whole value changed (a setting). */
    public record Change(String field, String before, String after) {
    }
}
