package com.zivah.quote.rest;

import com.zivah.platform.activity.ActivityResourceBase;
import com.zivah.platform.activity.ActivityService;
import jakarta.ws.rs.Path;

/** This service's activity log for staff (platform-activity's read; entity types in zivah.activity.entity-types). */
@Path("/api/quotes/activity")
public class ActivityResource extends ActivityResourceBase {

    public ActivityResource(ActivityService service) {
        super(service);
    }
}
