package com.zivah.notification.service;

import java.time.Duration;
import java.time.Instant;

/** A fixed window aligned to the epoch: with 1 h, from the top of one UTC hour to the next. */
record BudgetWindow(Instant start, Instant end) {

    static BudgetWindow containing(Instant instant, Duration length) {
        long size = length.toMillis();
        long start = Math.floorDiv(instant.toEpochMilli(), size) * size;
        return new BudgetWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + size));
    }

    static void requirePositive(Duration window, String property) {
        if (window == null || window.toMillis() <= 0) {
            throw new IllegalArgumentException(property + " must be a positive duration, not " + window);
        }
    }
}
