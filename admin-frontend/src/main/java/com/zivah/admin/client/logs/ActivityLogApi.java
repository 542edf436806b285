package com.zivah.admin.client.logs;

import com.zivah.admin.client.Page;

/** What the activity page asks of each service's log: one page, newest first, with the kit's filters. */
public interface ActivityLogApi {

    Page<ActivityEntry> list(String actor, String entityType, String action, String from, String to, int page, int size);
}
