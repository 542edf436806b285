package com.zivah.admin.service.logs;

/** The activity page's filters (null = any), passed as they are to each service (which validates them). */
public record ActivityFilter(String actor, String entityType, String action, String from, String to) {
}
