package com.zivah.quote;

/** What a {@link QuoteTimelineEntry} records. */
public enum TimelineKind {
    SUBMITTED, PRICED, STATUS_CHANGED, SENT, NOTE_CHANGED
}
